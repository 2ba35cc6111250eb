namespace Platform.Reporting.Open311;

public static class Open311ServiceDefinition
{
    public static Task<ContentHttpResult> HandleAsync(string serviceCode, string format) => Task.FromResult(
        Open311Document.BadFormat(format) ?? (Open311Catalogue.KindOf(serviceCode) is null
            ? Open311Document.Error(format, StatusCodes.Status404NotFound, $"No service has the code '{serviceCode}'.")
            : Open311Document.Write(format, "service_definition", Open311Catalogue.Definition(serviceCode))));
}
