namespace Platform.Reporting.Open311;

public static class Open311Services
{
    public static Task<ContentHttpResult> HandleAsync(string format) => Task.FromResult(
        Open311Document.BadFormat(format) ?? Open311Document.Write(format, "services", new Open311List("service", [.. Open311Catalogue.Codes.Select(Open311Catalogue.Describe)])));
}
