// A new page's first autosave creates the page and points the editor form at its edit view. A save
// the editor clicks while that autosave is still on its way would post to the create view again and
// be refused (the slug is taken by the page the autosave just made). So a click made during an
// autosave waits for it, then goes to wherever the form points by then.
(() => {
  const SAVE = "w-autosave:save";
  const DONE = ["w-autosave:success", "w-autosave:error", "w-autosave:deactivated"];
  // An autosave that never reports back must not hold the editor's click for ever.
  const LONGEST_WAIT_MS = 30000;
  let inFlight = null;
  let waiting = null;
  let leaving = false;

  const isEditorForm = (element) => element instanceof HTMLFormElement && element.matches("[data-controller~=w-autosave]");

  document.addEventListener(SAVE, (event) => {
    if (event.defaultPrevented || !isEditorForm(event.target)) return;
    // The click's own save is on its way: an autosave the click set off (the field it left) would
    // follow it to the same address and be refused, or on a new page create a second one.
    if (leaving) {
      event.preventDefault();
      return;
    }
    clearTimeout(inFlight);
    inFlight = setTimeout(finished, LONGEST_WAIT_MS);
  });

  function finished() {
    clearTimeout(inFlight);
    inFlight = null;
    if (!waiting) return;
    const { form, name, value } = waiting;
    waiting = null;
    if (name) {
      // The clicked button may have been replaced when the form became an edit form: send its value.
      const action = document.createElement("input");
      Object.assign(action, { type: "hidden", name, value });
      form.append(action);
    }
    form.requestSubmit();
  }

  // requestAnimationFrame: the success event comes after the form's new address and fields are set.
  DONE.forEach((type) => document.addEventListener(type, () => requestAnimationFrame(() => inFlight && finished())));

  document.addEventListener(
    "submit",
    (event) => {
      if (!inFlight || !isEditorForm(event.target)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const submitter = event.submitter;
      waiting = { form: event.target, name: submitter?.name, value: submitter?.value };
    },
    true,
  );

  // Last of the submit listeners (window, bubbling): the form really leaves.
  window.addEventListener("submit", (event) => {
    if (!event.defaultPrevented && isEditorForm(event.target)) leaving = true;
  });
})();
