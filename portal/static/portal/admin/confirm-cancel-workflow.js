// "Hủy quy trình duyệt" sits next to "Duyệt và xuất bản" in the editor's action menu and acts at once;
// a slip of the mouse would throw away the reviewers' work. Ask first.
(() => {
  const question = document.currentScript?.dataset.question;
  if (!question) return;
  document.addEventListener(
    "click",
    (event) => {
      const button = event.target.closest?.("button[name=action-cancel-workflow]");
      if (button && !window.confirm(question)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    },
    true,
  );
})();
