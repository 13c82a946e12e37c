using UniPass.Gateway.Messages.Wco.Model;
using static UniPass.Gateway.Messages.Edifact.Mapping.Internal.Elements;

namespace UniPass.Gateway.Messages.Edifact.Mapping.Internal;

/// <summary>Reading NAD segments into canonical parties (CUSCAR, CUSDEC; PAXLST for its reporting party).</summary>
internal static class Parties
{
    /// <summary>The fields of a NAD a party is read from.</summary>
    public static readonly ElementRef[] Fields =
    [
        PartyQualifier, PartyId, NameAndAddress1, NameAndAddress2, NameAndAddress3, NameAndAddress4, NameAndAddress5,
        PartyName1, Street1, Street2, City, Postcode, Country,
    ];

    private static readonly ElementRef[] s_addressLines = [NameAndAddress2, NameAndAddress3, NameAndAddress4, NameAndAddress5];

    /// <summary>The canonical role of NAD 3035 (UNCL 3035), or null for a function the canonical model has no role for.</summary>
    public static PartyRole? RoleOf(in SegmentView v) => v.Bytes(PartyQualifier) switch
    {
        [(byte)'C', (byte)'Z'] or [(byte)'O', (byte)'S'] => PartyRole.Consignor,
        [(byte)'C', (byte)'N'] => PartyRole.Consignee,
        [(byte)'N', (byte)'1'] or [(byte)'N', (byte)'I'] => PartyRole.NotifyParty,
        [(byte)'C', (byte)'A'] => PartyRole.Carrier,
        [(byte)'M', (byte)'S'] => PartyRole.ReportingParty,
        [(byte)'E', (byte)'X'] => PartyRole.Exporter,
        [(byte)'I', (byte)'M'] => PartyRole.Importer,
        [(byte)'D', (byte)'T'] => PartyRole.Declarant,
        [(byte)'A', (byte)'E'] or [(byte)'C', (byte)'B'] or [(byte)'F', (byte)'W'] => PartyRole.Agent,
        [(byte)'B', (byte)'Y'] => PartyRole.Buyer,
        [(byte)'S', (byte)'E'] => PartyRole.Seller,
        _ => null,
    };

    /// <summary>
    /// The party of a NAD: C082 3039 its identification, C080 3036 its name (or, for parties given as
    /// unstructured lines, the first line of C058), the structured address or the remaining C058 lines.
    /// </summary>
    public static Party Read(MappingState s, in SegmentView v, PartyRole role, ICanonicalLocation owner) => new()
    {
        Role = role,
        Id = v.Text(PartyId),
        Name = v.Text(PartyName1) ?? v.Text(NameAndAddress1),
        Address = Address(s, v, owner),
    };

    /// <summary>The address of a NAD, or null when it gives none.</summary>
    public static Address? Address(MappingState s, in SegmentView v, ICanonicalLocation owner)
    {
        var street = v.Text(Street1);
        if (v.Text(Street2) is { } more)
        {
            street = street is null ? more : street + " " + more;
        }

        if (street is null && !v.Has(PartyName1))
        {
            // C058: name and address in unstructured lines; the first is the name.
            foreach (var line in s_addressLines)
            {
                if (v.Text(line)?.Trim() is { Length: > 0 } text)
                {
                    street = street is null ? text : street + ", " + text;
                }
            }
        }

        var city = v.Text(City);
        var postcode = v.Text(Postcode);
        var country = s.Country(v, Country, owner, "address/country");
        return street is null && city is null && postcode is null && country is null
            ? null
            : new Address { Line = street, CityName = city, PostcodeId = postcode, Country = country };
    }
}
