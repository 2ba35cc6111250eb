// Marks the page once the circuit has rendered interactively, so that browser tests (and people's scripts) act only
// when event handlers are attached.
window.platformConsole = {
    markInteractive: () => { document.body.dataset.interactive = "true"; },

    // Saves a file the server streamed over the circuit (an export fetched with the user's token, which the browser never holds).
    saveFile: async (fileName, contentType, streamReference) => {
        const buffer = await streamReference.arrayBuffer();
        const url = URL.createObjectURL(new Blob([buffer], { type: contentType }));
        const link = document.createElement("a");
        link.href = url;
        link.download = fileName;
        link.click();
        URL.revokeObjectURL(url);
    }
};
