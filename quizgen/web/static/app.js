// While a build runs: show its step, reload the page when it ends. Files dropped on the
// upload box are uploaded at once. Everything else on the page works without script.
"use strict";
(function () {
  const body = document.body;
  if (body.dataset.state === "running") {
    const poll = async () => {
      try {
        const answer = await fetch(body.dataset.status, { cache: "no-store" });
        const status = await answer.json();
        if (status.state !== "running") { window.location.reload(); return; }
        const step = document.getElementById("step");
        if (step) step.textContent = status.detail || "";
      } catch (error) { /* the server may be busy; try again */ }
      window.setTimeout(poll, 400);
    };
    window.setTimeout(poll, 300);
  }
  const zone = document.getElementById("upload-form");
  const input = document.getElementById("files");
  if (zone && input) {
    zone.addEventListener("dragover", (event) => { event.preventDefault(); zone.classList.add("over"); });
    zone.addEventListener("dragleave", () => zone.classList.remove("over"));
    zone.addEventListener("drop", (event) => {
      event.preventDefault();
      zone.classList.remove("over");
      input.files = event.dataTransfer.files;
      zone.submit();
    });
  }
})();
