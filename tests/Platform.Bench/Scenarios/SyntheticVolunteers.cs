using System.Globalization;
using System.Net;
using System.Text;
using Platform.PersonalData;

namespace Platform.Bench.Scenarios;

/// <summary>Unique synthetic volunteers with valid check characters: number <c>n</c> is always the same person.</summary>
public static class SyntheticVolunteers
{
    public static string IdNumber(string countyCode, int n)
    {
        var birth = new DateOnly(1950, 1, 1).AddDays(n / 1000);
        var first17 = string.Create(CultureInfo.InvariantCulture, $"{countyCode}{birth:yyyyMMdd}{n % 1000:D3}");
        return first17 + ResidentIdNumber.CheckCharacter(first17);
    }

    public static string Phone(int n) => string.Create(CultureInfo.InvariantCulture, $"139{n % 100_000_000:D8}");

    /// <summary>A CSV body written while it is sent, so the client never holds it whole.</summary>
    public sealed class Csv(int first, int count, string community) : HttpContent
    {
        public Csv Typed()
        {
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
            return this;
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            await writer.WriteLineAsync("name,idNumber,phone,communityCode,skills");
            for (var n = first; n < first + count; n++)
            {
                await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"志愿者{n},{IdNumber("511603", n)},{Phone(n)},{community},巡逻;调解"));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
