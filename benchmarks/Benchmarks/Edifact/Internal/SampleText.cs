using System.Text;

namespace UniPass.Gateway.Benchmarks.Edifact.Internal;

/// <summary>
/// Text the generator draws from, encoded in ISO 8859-1 (the UNOC repertoire, ISO 9735-1 level C)
/// once per generator. Names and addresses carry accented letters and the service characters real
/// data holds (apostrophes, plus signs, colons, question marks), so the writer must release them.
/// </summary>
internal sealed class SampleText
{
    public readonly byte[][] Surnames = Latin1(
        "MÜLLER", "O'BRIEN", "GONÇALVES", "SØRENSEN", "DUBOIS", "NGUYEN", "SMITH", "ÅBERG", "D'ANGELO",
        "GARCÍA", "KOWALSKI", "ZHANG", "FERNÁNDEZ", "ØSTERGÅRD", "PÉREZ", "BJÖRK", "JOHANSSON", "MACHADO",
        "OKAFOR", "TANAKA", "NOWAK", "SCHRÖDER", "LEFÈVRE", "NÚÑEZ", "MCCARTHY", "AL-FARSI", "VAN DER BERG");

    public readonly byte[][] GivenNames = Latin1(
        "JOSÉ", "ANNA", "FRANÇOIS", "SØREN", "MARIA", "JÜRGEN", "LUCÍA", "AHMED", "YUKI", "CHLOÉ", "PETER",
        "INÊS", "ÉMILE", "BJØRN", "ZOË", "OLUWASEUN", "WEI", "HÅKON", "SEÁN", "RENÉE", "JOÃO", "MÁRTA");

    public readonly byte[][] Streets = Latin1(
        "12+14 RUE DE L'ÉGLISE", "FLAT 3:B 5 HIGH STREET", "HAUPTSTRAßE 7", "AVENIDA DA LIBERDADE 245",
        "1 O'CONNELL STREET", "VIA GARIBALDI 3", "NØRREGADE 21, 2. TV.", "CALLE DE ALCALÁ 48", "UL. MARSZALKOWSKA 10",
        "PO BOX 77+", "RUA AUGUSTA 101:3º ESQ", "KUNGSGATAN 9", "BAHNHOFSTRASSE 1");

    public readonly byte[][] Remarks = Latin1(
        "WHEELCHAIR REQUIRED? YES", "TRAVELLING WITH INFANT: 1", "SPECIAL MEAL? VGML", "UM 8+ YEARS",
        "CONNECTING FLIGHT: SEE PNR", "DEPORTEE? NO");

    public readonly byte[][] Companies = Latin1(
        "MÜLLER & SÖHNE GMBH", "O'NEILL LOGISTICS LTD", "SOCIÉTÉ GÉNÉRALE D'IMPORT", "AÇÚCAR GUARANI S/A",
        "NORDISK FØDEVARE A/S", "ACME TRADING+CO", "GRUPO PESQUERO DEL NORTE, S.L.", "SHANGHAI BRIGHT:LIGHT CO",
        "LAKELAND DAIRIES", "FRONERI ICE CREAM EGYPT", "BRASSERIE DU CHÂTEAU SARL", "ÖSTERREICHISCHE STAHL AG");

    public readonly byte[][] GoodsDescriptions = Latin1(
        "MILK POWDER SKIMMED 25 KG BAGS: HALAL", "SPARE PARTS + ACCESSORIES", "CAFÉ EN GRAINS, SACS DE 60 KG",
        "MACHINE PARTS (HS 8483)", "FROZEN FISH AT -18 °C", "WOMEN'S APPAREL, COTTON", "BIÈRE EN BOUTEILLES",
        "SORBITOL E420 NET WEIGHT: 20000.000 KG", "CERAMIC TILES 60X60", "USED CLOTHING 100%? NO: NEW");

    public readonly byte[][] Airlines = Latin1("LH", "AF", "TP", "SK", "LX", "AA", "LA", "IB", "LO", "EI", "NH");

    public readonly byte[][] Airports = Latin1(
        "FRA", "CDG", "LIS", "CPH", "ZRH", "JFK", "GRU", "NRT", "LOS", "MAD", "WAW", "DUB", "OSL", "MEX");

    public readonly byte[][] AirportCities = Latin1(
        "FRANKFURT AM MAIN", "PARIS", "LISBOA", "KØBENHAVN", "ZÜRICH", "NEW YORK", "SÃO PAULO", "NARITA", "LAGOS",
        "MADRID", "WARSZAWA", "DUBLIN", "OSLO", "CIUDAD DE MÉXICO");

    public readonly byte[][] AirportCountries = Latin1(
        "DEU", "FRA", "PRT", "DNK", "CHE", "USA", "BRA", "JPN", "NGA", "ESP", "POL", "IRL", "NOR", "MEX");

    public readonly byte[][] Ports = Latin1(
        "NLRTM", "DEHAM", "BEANR", "EGEDK", "SGSIN", "CNSHA", "USNYC", "BRSSZ", "ESALG", "PLGDN", "IEDUB", "FRLEH");

    public readonly byte[][] PortCities = Latin1(
        "ROTTERDAM", "HAMBURG", "ANTWERPEN", "EL DEKHEILA", "SINGAPORE", "SHANGHAI", "NEW YORK", "SANTOS",
        "ALGECIRAS", "GDANSK", "DUBLIN", "LE HAVRE");

    public readonly byte[][] PortCountries = Latin1(
        "NL", "DE", "BE", "EG", "SG", "CN", "US", "BR", "ES", "PL", "IE", "FR");

    public readonly byte[][] Vessels = Latin1("MSC SENA", "MAERSK ESSEN", "CMA CGM MARCO POLO", "HÖEGH TRAPPER", "NORDLÖWE");

    public readonly byte[][] ContainerOwners = Latin1("MSCU", "MAEU", "CMAU", "HLXU", "OOLU", "TGHU");

    public readonly byte[][] PackageTypes = Latin1("BG", "PK", "CT", "PE", "DR", "BX");

    private static byte[][] Latin1(params string[] values)
    {
        var encoded = new byte[values.Length][];
        for (var i = 0; i < values.Length; i++)
        {
            foreach (var c in values[i])
            {
                if (c > '\u00FF')
                {
                    throw new InvalidOperationException($"'{values[i]}' has '{c}', outside ISO 8859-1 (UNOC).");
                }
            }

            encoded[i] = Encoding.Latin1.GetBytes(values[i]);
        }

        return encoded;
    }
}
