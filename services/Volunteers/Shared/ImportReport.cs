namespace Platform.Volunteers.Shared;

/// <summary>A rejected row: its line number in the file (the header is line 1), the field at fault and why. Never the value.</summary>
public sealed record ImportError(int Row, string Field, string Message);

public sealed record ImportReport(int Rows, int Imported, int Rejected, IReadOnlyList<ImportError> Errors);
