/**
 * Registers the adapters for binary formats (PDF, DOCX). Imported once by the driver
 * so that the text pipeline does not load them unless needed.
 */
export {};
