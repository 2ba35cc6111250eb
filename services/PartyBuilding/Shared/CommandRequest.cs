namespace Platform.PartyBuilding.Shared;

/// <summary>The optional body of a command on a record (dissolve, withdraw).</summary>
/// <param name="Version">Optional: the version read; when given and no longer current, the command is a 409 naming version.</param>
public sealed record CommandRequest(int? Version);
