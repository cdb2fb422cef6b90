// Keyboard shortcuts: move between entries and act on the current one without the mouse.
(function () {
  "use strict";
  const entries = Array.from(document.querySelectorAll("article.entry"));
  // After a refused action the page is the POST's answer, at no anchor: come back to that entry.
  const focused = entries.findIndex((e) => e.dataset.focus === "yes");
  let current = Math.max(0, focused >= 0 ? focused : entries.findIndex((e) => "#" + e.id === location.hash));
  function show(index) {
    if (!entries.length) return;
    current = Math.min(Math.max(index, 0), entries.length - 1);
    entries.forEach((e, i) => e.classList.toggle("current", i === current));
    entries[current].focus({ preventScroll: true });
    entries[current].scrollIntoView({ block: "center" });
    history.replaceState(null, "", "#" + entries[current].id);
  }
  function nextWaiting() {
    const first = entries.length && entries[current].classList.contains("current") ? 1 : 0;
    for (let step = first; step <= entries.length; step++) {
      const i = (current + step) % entries.length;
      // rejected entries wait for the translator, not for a reviewer
      const state = entries[i].dataset.state;
      if (entries[i].dataset.waiting === "yes" && state !== "untranslated" && state !== "rejected") return show(i);
    }
  }
  document.addEventListener("focusin", (event) => {
    const i = entries.indexOf(event.target.closest("article.entry"));
    if (i >= 0 && i !== current) {
      current = i;
      entries.forEach((e, j) => e.classList.toggle("current", j === current));
    }
  });
  document.addEventListener("keydown", (event) => {
    const typing = event.target.matches("textarea, input, select");
    if (typing && event.key === "Enter" && (event.ctrlKey || event.metaKey) && event.target.matches("textarea")) {
      event.preventDefault();
      event.target.form.querySelector("button.save").click();
      return;
    }
    if (typing && event.key === "Enter" && event.target.matches("input")) {
      event.preventDefault();  // Enter in a reason never submits: the form's first button is Approve
      return;
    }
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    const entry = entries[current];
    const actions = {
      j: () => show(current + 1),
      k: () => show(current - 1),
      n: nextWaiting,
      // No key approves: a signed approval is made with the entry's Approve button only. A single "a"
      // approved the current entry, or the first when none was chosen, when it came first in a reason
      // typed with the focus outside the box.
      e: () => entry && entry.querySelector("textarea").focus(),
      r: () => entry && entry.querySelector("input.reason").focus(),
      "?": () => document.getElementById("help-toggle").click(),
    };
    if (actions[event.key]) {
      event.preventDefault();
      actions[event.key]();
    }
  });
  // A suggestion taken into the edit box: the reviewer reads it there, then saves it as their edit.
  document.querySelectorAll("button.use").forEach((button) => {
    button.addEventListener("click", () => {
      const box = document.getElementById(button.dataset.target);
      box.value = button.dataset.text;
      box.focus();
    });
  });
  const toggle = document.getElementById("help-toggle");
  toggle.addEventListener("click", () => {
    const help = document.getElementById("help");
    help.hidden = !help.hidden;
    toggle.setAttribute("aria-expanded", String(!help.hidden));
  });
  if (location.hash || focused >= 0) show(current);
})();
