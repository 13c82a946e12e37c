using System.Text;

namespace UniPass.Gateway.Host.Tests.Support;

/// <summary>
/// Our own messages, written from the standards (in <c>Fixtures/</c>): a CUSDEC D.96B interchange from sender
/// <c>DEMO</c> and a PAXLST D.02B (WCO/IATA API) interchange from <c>SENDERA</c> with one passenger.
/// </summary>
internal static class Fixtures
{
    public const string PassengerSurname = "ZYSKOWSKA";
    public const string PassengerGivenName = "MARIANNA";
    public const string PassengerDocument = "X12345678";

    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", name));

    /// <summary>The CUSDEC fixture with UNB S002 sender <paramref name="sender"/> and control reference <paramref name="reference"/>.</summary>
    public static byte[] Cusdec(string sender = "SENDERA", string reference = "DEMO0001")
    {
        var text = Encoding.ASCII.GetString(Read("CUSDEC_DEMO.edi"))
            .Replace("+DEMO:ZZ+", $"+{sender}:ZZ+", StringComparison.Ordinal)
            .Replace("DEMO0001", reference, StringComparison.Ordinal);
        return Encoding.ASCII.GetBytes(text);
    }

    public static byte[] Paxlst() => Read("PAXLST_SENDERA.edi");

    /// <summary>A unique control reference (ISO 9735 0020 is an..14).</summary>
    public static string NewReference() => Guid.NewGuid().ToString("N")[..14].ToUpperInvariant();
}
