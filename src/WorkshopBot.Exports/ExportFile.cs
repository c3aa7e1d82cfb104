namespace WorkshopBot.Exports;

// A rendered export, ready for an HTTP response or a Teams file upload.
public sealed record ExportFile(byte[] Content, string ContentType, string FileName);
