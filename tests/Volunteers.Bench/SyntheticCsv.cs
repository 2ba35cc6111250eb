using System.Globalization;
using System.Net;
using System.Text;
using Platform.PersonalData;

namespace Platform.Volunteers.Bench;

/// <summary>A CSV body of valid, unique synthetic volunteers, written while it is sent (the client never holds it whole).</summary>
internal sealed class SyntheticCsv(int rows, string community) : HttpContent
{
    public SyntheticCsv Typed()
    {
        Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        return this;
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        await writer.WriteLineAsync("name,idNumber,phone,communityCode,skills");
        for (var i = 0; i < rows; i++)
        {
            var birth = new DateOnly(1950, 1, 1).AddDays(i / 1000);
            var first17 = string.Create(CultureInfo.InvariantCulture, $"511603{birth:yyyyMMdd}{i % 1000:D3}");
            var phone = string.Create(CultureInfo.InvariantCulture, $"139{i:D8}");
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"志愿者{i},{first17}{ResidentIdNumber.CheckCharacter(first17)},{phone},{community},巡逻;调解"));
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
