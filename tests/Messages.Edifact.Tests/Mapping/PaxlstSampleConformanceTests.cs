using UniPass.Gateway.Messages.Edifact.Tests.Mapping.Support;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Messages.Edifact.Tests.Mapping;

/// <summary>
/// The real PAXLST samples beside the repository (<c>../shared/samples/edifact/lenient/gtas__*</c>, read
/// leniently): every passenger and crew member the message holds comes out, with what the raw segments say.
/// </summary>
public sealed class PaxlstSampleConformanceTests
{
    private static IEnumerable<TestCaseData> Samples() =>
        SharedData.Cases("samples/edifact/lenient", "gtas__*")
            .Where(c => RawSegments.Read(File.ReadAllBytes((string)c.Arguments[0]!)).Any(s => s.Tag == "UNH" && s.At(2) == "PAXLST"));

    private static readonly string[] s_travellerQualifiers = ["FL", "FM", "DDU", "DDT"];

    [Test]
    public void Samples_arePresent() => Assert.That(Samples().Count(), Is.GreaterThanOrEqualTo(SharedData.Root is null ? 0 : 3));

    [TestCaseSource(nameof(Samples))]
    public void Map_paxlstSample_givesEveryTravellerTheMessageHolds(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var mapping = Mapper.Map(bytes, EdifactReadMode.Lenient);
        var messages = RawSegments.Messages(bytes);

        Assert.That(mapping.Messages, Has.Count.EqualTo(messages.Count));
        for (var m = 0; m < messages.Count; m++)
        {
            var raw = messages[m];
            var list = mapping.Messages[m].Document as PassengerList;
            Assert.That(list, Is.Not.Null, Mapper.Describe(mapping));
            var travellers = raw.Where(s => s.Tag == "NAD" && s_travellerQualifiers.Contains(s.At(1))).ToList();
            Assert.That(list!.Travellers.Select(t => t.Surname), Is.EqualTo(travellers.Select(t => t.At(4, 1).Trim())));
            Assert.That(list.Travellers.Select(t => t.GivenNames.FirstOrDefault() ?? ""), Is.EqualTo(travellers.Select(t => t.At(4, 2).Trim())));

            var bgm = raw.Single(s => s.Tag == "BGM").At(1);
            Assert.That(list.Kind, Is.EqualTo(bgm == "250" ? PassengerListKind.Crew : PassengerListKind.Passengers));

            foreach (var cnt in raw.Where(s => s.Tag == "CNT"))
            {
                var declaredCount = cnt.At(1, 1) == "42" ? list.DeclaredPassengerCount : list.DeclaredCrewCount;
                if (cnt.At(1, 2).Length == 0)
                {
                    // CNT+41+8 (gtas Test1): the value is not in C270 6066, so there is no control total, and that is reported.
                    Assert.That(declaredCount, Is.Null);
                    Assert.That(mapping.Messages[m].Diagnostics.Where(d => d.Id == "EDI0201").Select(d => d.Edifact.SegmentTag), Does.Contain("CNT"));
                    continue;
                }

                var declared = int.Parse(cnt.At(1, 2), System.Globalization.CultureInfo.InvariantCulture);
                Assert.That(declaredCount, Is.EqualTo(declared));
                var holds = list.Travellers.Count(t => cnt.At(1, 1) == "42"
                    ? t.Role is TravellerRole.Passenger or TravellerRole.InTransitPassenger
                    : t.Role is TravellerRole.CrewMember or TravellerRole.InTransitCrewMember);
                var mismatch = mapping.Messages[m].Diagnostics.Any(d => d.Id == "EDI0208");
                Assert.That(mismatch, Is.EqualTo(declared != holds), "a CNT that disagrees with the travellers is reported, one that agrees is not");
            }

            var documents = raw.Count(s => s.Tag == "DOC" && s.At(2, 1).Length > 0);
            Assert.That(list.Travellers.Sum(t => t.Documents.Count), Is.EqualTo(documents));

            var tdt = raw.First(s => s.Tag == "TDT");
            Assert.That(list.Flight.CarrierCode + list.Flight.FlightNumber, Is.EqualTo(tdt.At(2)));
            Assert.That(list.Legs.Select(l => l.DepartureAirport.Value), Is.EqualTo(raw.Where(s => s.Tag == "LOC" && s.At(1) == "125").Select(s => s.At(2))));
            Assert.That(list.Legs.Select(l => l.ArrivalAirport.Value), Is.EqualTo(raw.Where(s => s.Tag == "LOC" && s.At(1) == "87").Select(s => s.At(2))));
        }
    }
}
