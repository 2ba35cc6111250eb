// Marks the page once the circuit has rendered interactively, so that browser tests (and people's scripts) act only
// when event handlers are attached.
window.platformConsole = {
    markInteractive: () => { document.body.dataset.interactive = "true"; }
};
