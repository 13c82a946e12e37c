using UniPass.Gateway.Benchmarks.Edifact.Internal;

namespace UniPass.Gateway.Benchmarks.Edifact;

/// <summary>CUSCAR D.95B: one carrier cargo report per voyage, equipment in SG2, consignments in SG4.</summary>
public sealed partial class InterchangeGenerator
{
    private const int MaxContainersPerMessage = 30;

    private void WriteCuscarInterchange()
    {
        Span<byte> controlReference = stackalloc byte[9];
        Token(controlReference, Digits);
        WriteInterchangeHeader("CARRIERSCAC"u8, "CUSTOMSCARGO"u8, controlReference, "CUSCAR"u8);
        do
        {
            WriteCuscarMessage(_messages + 1);
        }
        while (!Full);

        // No functional groups: UNZ counts the messages.
        Segment("UNZ"u8).Element(_messages).Element(controlReference).End();
    }

    private void WriteCuscarMessage(long reference)
    {
        var firstSegment = _writer.Segments;
        Segment("UNH"u8).Element(reference).Element("CUSCAR"u8).Component("D"u8).Component("95B"u8).Component("UN"u8).End();
        Span<byte> number = stackalloc byte[10];
        Segment("BGM"u8).Element("85"u8).Element(Token(number, Digits)).Element("9"u8).End();
        Segment("DTM"u8).Element("137"u8).Component().DateTime(s_prepared, "yyyyMMdd").Component("102"u8).End();
        var carrier = Pick(_text.ContainerOwners);
        Segment("NAD"u8).Element("MS"u8).Element(carrier).Component("172"u8).Component("20"u8).End();

        // SG1: the voyage, its ports and arrival.
        Span<byte> voyage = stackalloc byte[6];
        Span<byte> callSign = stackalloc byte[5];
        var loading = _random.Next(_text.Ports.Length);
        var discharge = (loading + 1 + _random.Next(_text.Ports.Length - 1)) % _text.Ports.Length;
        Segment("TDT"u8).Element("20"u8).Element(Token(voyage, Alphanumeric)).Element("1"u8).Element()
            .Element(carrier).Component("172"u8).Component("20"u8)
            .Element().Element()
            .Element(Token(callSign, Alphanumeric)).Component("103"u8).Component().Component(Pick(_text.Vessels))
            .End();
        Segment("LOC"u8).Element("5"u8).Element(_text.Ports[loading]).Component("139"u8).Component("6"u8).End();
        Segment("LOC"u8).Element("60"u8).Element(_text.Ports[discharge]).Component("139"u8).Component("6"u8)
            .Component(_text.PortCities[discharge]).End();
        var arrival = s_prepared.AddMinutes(_random.Next(60 * 24, 60 * 24 * 30));
        Segment("DTM"u8).Element("132"u8).Component().DateTime(arrival, "yyyyMMddHHmm").Component("203"u8).End();

        // SG2: the equipment, identified per ISO 6346 so SGP can point at it; size and type (1131 = 102) in ISO's list (3055 = 5).
        var containers = _random.Next(3, MaxContainersPerMessage + 1);
        Span<byte> containerIds = stackalloc byte[MaxContainersPerMessage * ContainerNumber.Length];
        Span<byte> seal = stackalloc byte[8];
        for (var i = 0; i < containers; i++)
        {
            var id = ContainerNumber.Write(containerIds.Slice(i * ContainerNumber.Length, ContainerNumber.Length), Pick(_text.ContainerOwners), _random.Next(1_000_000));
            Segment("EQD"u8).Element("CN"u8).Element(id).Element(Chance(50) ? "22G1"u8 : "45G1"u8).Component("102"u8).Component("5"u8)
                .Element("2"u8).Element().Element("5"u8).End();
            Segment("MEA"u8).Element("AAE"u8).Element("G"u8).Element("KGM"u8).Component().Number(_random.Next(2_000_000, 30_000_000) / 1000m, "F3").End();
            Segment("SEL"u8).Element(Token(seal, Alphanumeric)).Element("CA"u8).End();
        }

        Segment("CNT"u8).Element("16"u8).Component(containers).End();

        // SG4: consignments (bills of lading) with their parties and goods items.
        var consignments = _random.Next(2, 25);
        var written = 0;
        Span<byte> bill = stackalloc byte[12];
        while (written < consignments && (written == 0 || !Full))
        {
            written++;
            carrier.CopyTo(bill);
            Token(bill[4..], Digits);
            Segment("CNI"u8).Element(written).Element(bill).End();
            Segment("RFF"u8).Element("BM"u8).Component(bill).End();
            Segment("LOC"u8).Element("9"u8).Element(_text.Ports[loading]).Component("139"u8).Component("6"u8).End();
            Segment("LOC"u8).Element("11"u8).Element(_text.Ports[discharge]).Component("139"u8).Component("6"u8).End();
            WriteCargoParty("CZ"u8);

            // D.95B SG5 takes one RFF (its trigger): the house bill goes with the consignor (SG7 NAD, RFF).
            if (Chance(50))
            {
                Segment("RFF"u8).Element("BH"u8).Component(Token(bill[4..], Alphanumeric)).End();
            }

            WriteCargoParty("CN"u8);
            if (Chance(40))
            {
                WriteCargoParty("N1"u8);
            }

            var items = _random.Next(1, 5);
            for (var item = 1; item <= items; item++)
            {
                var packages = _random.Next(1, 1200);
                Segment("GID"u8).Element(item).Element(packages).Component(Pick(_text.PackageTypes)).End();
                Segment("FTX"u8).Element("AAA"u8).Element().Element().Element(Pick(_text.GoodsDescriptions)).End();
                Segment("MEA"u8).Element("AAE"u8).Element("G"u8).Element("KGM"u8).Component().Number(_random.Next(1_000, 25_000_000) / 1000m, "F3").End();
                var container = _random.Next(containers);
                Segment("SGP"u8).Element(containerIds.Slice(container * ContainerNumber.Length, ContainerNumber.Length)).Element(packages).End();
            }
        }

        WriteMessageTrailer(firstSegment, reference);
    }

    /// <summary>SG7 NAD in structured form: party name (C080), street (C059), city, postcode, country.</summary>
    private void WriteCargoParty(ReadOnlySpan<byte> function)
    {
        var city = _random.Next(_text.PortCities.Length);
        Segment("NAD"u8).Element(function).Element().Element()
            .Element(Pick(_text.Companies))
            .Element(Pick(_text.Streets))
            .Element(_text.PortCities[city])
            .Element()
            .Element(_random.Next(1000, 99999))
            .Element(_text.PortCountries[city])
            .End();
    }
}
