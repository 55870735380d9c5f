// Entente workspace: small progressive enhancements; every page works without this script.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // Upload: show that the files are being sent and ingested, and refuse an upload above the limit before sending it.
  const upload = document.getElementById("upload");
  if (upload) {
    upload.addEventListener("submit", (event) => {
      const input = upload.querySelector("input[type=file]");
      const max = Number(upload.dataset.maxBytes);
      const total = Array.from(input.files).reduce((sum, f) => sum + f.size, 0);
      const status = document.getElementById("upload-status");
      if (max && total > max) {
        event.preventDefault();
        status.textContent = "The files are larger than the upload limit.";
        return;
      }
      document.getElementById("upload-progress").hidden = false;
      status.textContent = "Uploading and ingesting " + input.files.length + " file(s)…";
      upload.querySelector("button[type=submit]").disabled = true;
    });
  }
  // Source texts: scroll each box to its highlighted quote.
  for (const mark of document.querySelectorAll(".article-text mark.quote")) {
    const box = mark.closest(".article-text");
    box.scrollTop = Math.max(0, mark.offsetTop - 40);
  }
});
