namespace UniPass.Gateway.Benchmarks.Edifact;

/// <summary>PAXLST D.02B in the WCO/IATA API guideline's style: one message per flight, passengers in SG4.</summary>
public sealed partial class InterchangeGenerator
{
    private static ReadOnlySpan<byte> Alphanumeric => "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"u8;

    private static ReadOnlySpan<byte> Digits => "0123456789"u8;

    private void WritePaxlstInterchange()
    {
        Span<byte> controlReference = stackalloc byte[9];
        Token(controlReference, Digits);
        WriteInterchangeHeader("AIRLINEAPI"u8, "CUSTOMSAPI"u8, controlReference, "PAXLST"u8);

        // UNG: functional group with PAXLST messages of version D 02B (UNZ then counts groups).
        const long GroupReference = 1;
        Segment("UNG"u8).Element("PAXLST"u8)
            .Element("AIRLINEAPI"u8).Component("ZZ"u8)
            .Element("CUSTOMSAPI"u8).Component("ZZ"u8)
            .Element().DateTime(s_prepared, "yyMMdd").Component().DateTime(s_prepared, "HHmm")
            .Element(GroupReference)
            .Element("UN"u8)
            .Element("D"u8).Component("02B"u8)
            .End();
        do
        {
            WritePaxlstMessage(_messages + 1);
        }
        while (!Full);

        Segment("UNE"u8).Element(_messages).Element(GroupReference).End();
        Segment("UNZ"u8).Element(1).Element(controlReference).End();
    }

    private void WritePaxlstMessage(long reference)
    {
        var firstSegment = _writer.Segments;
        Segment("UNH"u8).Element(reference).Element("PAXLST"u8).Component("D"u8).Component("02B"u8).Component("UN"u8).Component("IATA"u8).End();
        Segment("BGM"u8).Element("745"u8).End();

        // SG1: the reporting party and how to reach it.
        Segment("NAD"u8).Element("MS"u8).Element().Element().Element(Pick(_text.Surnames)).Component(Pick(_text.GivenNames)).End();
        Segment("COM"u8).Element("+49 69 6960"u8).Number(_random.Next(1000, 9999)).Component("TE"u8).End();

        // SG2/SG3: the flight, its departure and arrival.
        var airline = Pick(_text.Airlines);
        var origin = _random.Next(_text.Airports.Length);
        var destination = (origin + 1 + _random.Next(_text.Airports.Length - 1)) % _text.Airports.Length;
        var departure = s_prepared.AddMinutes(_random.Next(60, 60 * 48));
        var arrival = departure.AddMinutes(_random.Next(60, 60 * 14));
        Segment("TDT"u8).Element("20"u8).Element(airline).Number(_random.Next(1, 9999)).Element().Element().Element(airline).End();
        Segment("DTM"u8).Element("189"u8).Component().DateTime(departure, "yyMMddHHmm").Component("201"u8).End();
        Segment("LOC"u8).Element("125"u8).Element(_text.Airports[origin]).End();
        Segment("DTM"u8).Element("189"u8).Component().DateTime(departure, "yyMMddHHmm").Component("201"u8).End();
        Segment("LOC"u8).Element("87"u8).Element(_text.Airports[destination]).End();
        Segment("DTM"u8).Element("232"u8).Component().DateTime(arrival, "yyMMddHHmm").Component("201"u8).End();

        var passengers = _random.Next(5, 80);
        var written = 0;
        while (written < passengers && (written == 0 || !Full))
        {
            WritePassenger(origin, destination);
            written++;
        }

        Segment("CNT"u8).Element("42"u8).Component(written).End();
        WriteMessageTrailer(firstSegment, reference);
    }

    /// <summary>SG4 (NAD+FL and its details) and SG5 (travel documents).</summary>
    private void WritePassenger(int origin, int destination)
    {
        var residence = _random.Next(_text.AirportCountries.Length);
        var name = Segment("NAD"u8).Element("FL"u8).Element().Element()
            .Element(Pick(_text.Surnames)).Component(Pick(_text.GivenNames));
        if (Chance(30))
        {
            name.Component(Pick(_text.GivenNames));
        }

        name.Element(Pick(_text.Streets))
            .Element(_text.AirportCities[residence])
            .Element()
            .Element(_random.Next(1000, 99999))
            .Element(_text.AirportCountries[residence])
            .End();

        Segment("ATT"u8).Element("2"u8).Element().Element(Chance(50) ? "M"u8 : "F"u8).End();
        var birth = s_prepared.AddDays(-_random.Next(365, 365 * 90));
        Segment("DTM"u8).Element("329"u8).Component().DateTime(birth, "yyMMdd").End();
        if (Chance(30))
        {
            // The API guideline's "verified" (173) is not in UNCL 7365 of D.02B: named as a mutually defined code (3055 ZZZ).
            Segment("GEI"u8).Element("4"u8).Element("173"u8).Component().Component("ZZZ"u8).End();
        }

        if (Chance(40))
        {
            Span<byte> tag = stackalloc byte[8];
            // Bag tags: the guideline's FTX+BAG is a mutually defined subject (UNCL 4451 ZZZ in D.02B).
            Segment("FTX"u8).Element("ZZZ"u8).Element().Element().Element(Token(tag, Digits)).Component(_random.Next(1, 4)).End();
        }

        if (Chance(15))
        {
            Segment("FTX"u8).Element("AAH"u8).Element().Element().Element(Pick(_text.Remarks)).End();
        }

        Segment("LOC"u8).Element("22"u8).Element(_text.Airports[destination]).End();
        Segment("LOC"u8).Element("178"u8).Element(_text.Airports[origin]).End();
        Segment("LOC"u8).Element("179"u8).Element(_text.Airports[destination]).End();
        Segment("LOC"u8).Element("174"u8).Element(_text.AirportCountries[residence]).End();
        if (Chance(20))
        {
            Segment("COM"u8).Element("+1 555 0"u8).Number(_random.Next(100, 999)).Component("TE"u8).End();
        }

        var nationality = Chance(80) ? residence : _random.Next(_text.AirportCountries.Length);
        Segment("NAT"u8).Element("2"u8).Element(_text.AirportCountries[nationality]).End();
        Span<byte> booking = stackalloc byte[6];
        Segment("RFF"u8).Element("AVF"u8).Component(Token(booking, Alphanumeric)).End();

        Span<byte> document = stackalloc byte[9];
        var expiry = s_prepared.AddDays(_random.Next(30, 3650));
        Segment("DOC"u8).Element("P"u8).Component("110"u8).Component("111"u8).Element(Token(document, Alphanumeric)).End();
        Segment("DTM"u8).Element("36"u8).Component().DateTime(expiry, "yyMMdd").End();
        Segment("LOC"u8).Element("91"u8).Element(_text.AirportCountries[nationality]).End();
        if (Chance(10))
        {
            Segment("DOC"u8).Element("V"u8).Component("110"u8).Component("111"u8).Element(Token(document, Alphanumeric)).End();
            Segment("DTM"u8).Element("36"u8).Component().DateTime(expiry.AddDays(-180), "yyMMdd").End();
            Segment("LOC"u8).Element("91"u8).Element(_text.AirportCountries[destination]).End();
        }
    }
}
