// Progressive enhancement of the rating form: send it through the interaction API and update
// the rating line in place. Without JavaScript the form posts and the page reloads instead.
document.addEventListener("submit", async (event) => {
  const form = event.target.closest("form[data-rating-api]");
  if (!form) return;
  const choice = form.querySelector("input[name=stars]:checked");
  if (!choice) return;
  event.preventDefault();
  const message = form.querySelector("[data-rating-message]");
  try {
    const response = await fetch(form.dataset.ratingApi, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify({ stars: Number(choice.value) }),
    });
    const data = await response.json();
    if (response.status === 201) {
      const summary = document.querySelector("[data-rating-summary]");
      summary.textContent = summary.textContent.replace(/\d+(\D+)\d+/, `${data.total}$1${data.count}`);
      message.textContent = form.dataset.thanks || "";
    } else {
      message.textContent = data.detail && typeof data.detail === "string" ? data.detail : "";
    }
  } catch (error) {
    form.submit();
  }
});
