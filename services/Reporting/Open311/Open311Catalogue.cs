using Platform.Reporting.Requests;

namespace Platform.Reporting.Open311;

/// <summary>The request kinds as GeoReport services. Each asks for the community (社区) code as its one attribute.</summary>
public static class Open311Catalogue
{
    public const string CommunityAttribute = "community_code";

    private static readonly Dictionary<string, (RequestKind Kind, string Name, string Description, string Keywords)> ByCode = new()
    {
        ["need"] = (RequestKind.Need, "需求 Resident need", "A resident's need for a service or help (需求).", "need,help,service"),
        ["dispute"] = (RequestKind.Dispute, "纠纷 Dispute", "A dispute between neighbours or with a property company (纠纷).", "dispute,mediation"),
        ["hazard"] = (RequestKind.Hazard, "隐患 Hazard", "A safety hazard in a compound or street (隐患).", "hazard,safety"),
    };

    public static IEnumerable<string> Codes => ByCode.Keys;

    public static RequestKind? KindOf(string? code) => code is not null && ByCode.TryGetValue(code, out var s) ? s.Kind : null;

    public static string CodeOf(RequestKind kind) => ByCode.First(s => s.Value.Kind == kind).Key;

    public static string NameOf(RequestKind kind) => ByCode[CodeOf(kind)].Name;

    public static Open311Object Describe(string code)
    {
        var s = ByCode[code];
        return new Open311Object()
            .Add("service_code", code).Add("service_name", s.Name).Add("description", s.Description)
            .Add("metadata", true).Add("type", "realtime").Add("keywords", s.Keywords).Add("group", "community");
    }

    public static Open311Object Definition(string code) => new Open311Object()
        .Add("service_code", code)
        .Add("attributes", new Open311List("attribute",
        [
            new Open311Object()
                .Add("variable", true).Add("code", CommunityAttribute).Add("datatype", "string").Add("required", true)
                .Add("datatype_description", "The 12-digit code of the community (社区) where the request is.")
                .Add("order", 1).Add("description", "Community code 社区代码").Add("values", new Open311List("value", [])),
        ]));

    public static TimeSpan DeadlineOf(RequestKind kind) => ServiceRequest.Deadlines[kind];
}
