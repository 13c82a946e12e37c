using System.Globalization;
using System.Xml;
using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Wco.Xml.Internal;

/// <summary>Writes the WCO DM classes declarations and responses share, in one namespace, skipping absent values.</summary>
internal class XmlElementWriter(XmlWriter writer, string ns, string dataTypesNamespace)
{
    protected XmlWriter Writer { get; } = writer;

    public void Start(string name) => Writer.WriteStartElement(name, ns);

    public void End() => Writer.WriteEndElement();

    public void Text(string name, string? value)
    {
        if (value is not null)
        {
            Writer.WriteElementString(name, ns, Carried(name, value));
        }
    }

    /// <summary>
    /// <paramref name="value"/>, when XML 1.0 can carry every character of it. Canonical documents read from JSON may hold
    /// control characters (<c>"\u0008"</c>) that no XML document can, not even as character references: such a value is
    /// refused by name and position rather than altered.
    /// </summary>
    /// <exception cref="ArgumentException">The value holds a character XML 1.0 does not allow.</exception>
    protected static string Carried(string name, string value)
    {
        var at = WcoXmlWriter.IndexOfUncarriable(value);
        return at < 0 ? value : throw new ArgumentException($"{name} holds U+{(int)value[at]:X4} at character {at + 1}, which XML 1.0 cannot carry.");
    }

    public void Int(string name, int? value) => Text(name, value?.ToString(CultureInfo.InvariantCulture));

    public void Measure(string name, Quantity? quantity, string attribute = "unitCode")
    {
        if (quantity is null)
        {
            return;
        }

        Start(name);
        if (quantity.Unit is not null)
        {
            Writer.WriteAttributeString(attribute, Carried(name, quantity.Unit));
        }

        Writer.WriteString(quantity.Value.ToString(CultureInfo.InvariantCulture));
        End();
    }

    public void Money(string name, Amount? amount)
    {
        if (amount is null)
        {
            return;
        }

        Start(name);
        if (amount.Currency is { } currency)
        {
            Writer.WriteAttributeString("currencyID", Carried(name, currency.Value));
        }

        Writer.WriteString(amount.Value.ToString(CultureInfo.InvariantCulture));
        End();
    }

    public void DateTime(string name, DateTimeOffset? value)
    {
        if (value is not { } v)
        {
            return;
        }

        Start(name);
        Writer.WriteStartElement("DateTimeString", dataTypesNamespace);
        Writer.WriteAttributeString("formatCode", WcoDateTime.DateTimeWithZone);
        Writer.WriteString(WcoDateTime.Format(v));
        Writer.WriteEndElement();
        End();
    }

    /// <summary>An element with one child (e.g. <c>ExitOffice/ID</c>), written only when the value is present.</summary>
    public void Wrapped(string name, string child, string? value)
    {
        if (value is null)
        {
            return;
        }

        Start(name);
        Text(child, value);
        End();
    }

    public void Pointers(IReadOnlyList<Pointer> pointers)
    {
        foreach (var p in pointers)
        {
            Start("Pointer");
            Int("SequenceNumeric", p.SequenceNumber);
            Text("DocumentSectionCode", p.SectionCode);
            Text("TagID", p.TagId);
            End();
        }
    }

    public void Information(IReadOnlyList<AdditionalInformation> information, bool withPointers)
    {
        foreach (var i in information)
        {
            Start("AdditionalInformation");
            Text("StatementCode", i.StatementCode);
            Text("StatementDescription", i.StatementDescription);
            Text("StatementTypeCode", i.StatementTypeCode);
            if (withPointers)
            {
                Pointers(i.Pointers);
            }

            End();
        }
    }
}
