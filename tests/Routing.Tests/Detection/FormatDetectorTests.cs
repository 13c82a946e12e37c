using System.Text;
using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Routing.Tests.Detection;

public sealed class FormatDetectorTests
{
    [Test]
    public void Detect_interchangeWithUna_readsKeyAndMessageTypeWithTheDeclaredDelimiters()
    {
        // UNA: component '*', element '#', decimal '.', release '!', reserved ' ', terminator '~' (ISO 9735-1 §7.2).
        var bytes = "UNA*#.! ~UNB#UNOC*3#SEND!#ER*ZZ#UNIPASS*ZZ#261129*1200#REF!~1~UNH#1#PAXLST*D*02B*UN*IATA~"u8;

        var result = FormatDetector.Detect(bytes);

        Assert.That(result.Format, Is.EqualTo(MessageFormat.Edifact));
        Assert.That(result.MessageType, Is.EqualTo("PAXLST"));
        Assert.That(result.Interchange, Is.EqualTo(new InterchangeKey("SEND#ER", "UNIPASS", "REF~1", "ZZ")));
    }

    [Test]
    public void Detect_interchangeWithoutUna_usesDefaultDelimiters()
    {
        var result = FormatDetector.Detect("\r\nUNB+UNOA:2+SENDER+RECIP+261129:1200+42'\nUNH+1+CUSCAR:D:95B:UN'"u8);

        Assert.That(result.Format, Is.EqualTo(MessageFormat.Edifact));
        Assert.That(result.MessageType, Is.EqualTo("CUSCAR"));
        Assert.That(result.Interchange?.ToString(), Is.EqualTo("SENDER|RECIP|42"));
        Assert.That(result.Interchange?.SenderQualifier, Is.Null);
    }

    [Test]
    public void Detect_newlineTerminatedInterchange_readsKeyPerLine()
    {
        var result = FormatDetector.Detect("UNB+UNOA:2+SENDER:ZZ+RECIP+261129:1200+77\nUNH+1+PAXLST:D:02B:UN\nBGM+745\n"u8);

        Assert.That(result.Interchange?.ControlReference, Is.EqualTo("77"));
        Assert.That(result.MessageType, Is.EqualTo("PAXLST"));
    }

    [Test]
    public void InterchangeKey_partsWithSeparator_doNotCollide()
    {
        var a = new InterchangeKey("A|B", "C", "D").ToString();
        var b = new InterchangeKey("A", "B|C", "D").ToString();

        Assert.That(a, Is.Not.EqualTo(b));
    }

    [TestCaseSource(typeof(SharedData), nameof(SharedData.Cases), new object[] { "samples/edifact/valid", "*" })]
    [TestCaseSource(typeof(SharedData), nameof(SharedData.Cases), new object[] { "samples/edifact/lenient", "*" })]
    public void Detect_realInterchange_isEdifactWithInterchangeKey(string path)
    {
        var result = FormatDetector.Detect(File.ReadAllBytes(path));

        Assert.That(result.Format, Is.EqualTo(MessageFormat.Edifact));
        Assert.That(result.Interchange, Is.Not.Null);
        Assert.That(result.Interchange!.Value.ControlReference, Is.Not.Empty);
        Assert.That(result.Interchange.Value.ControlReference, Does.Not.Contain("UNH"));
    }

    [Test]
    public void Detect_realPassengerList_typeIsPaxlst()
    {
        var path = SharedData.PathOf("samples/edifact/lenient/gtas__tamr_flight1.txt");
        Assert.That(path, Is.Not.Null, "../shared/samples is required");

        Assert.That(FormatDetector.Detect(File.ReadAllBytes(path!)).MessageType, Is.EqualTo("PAXLST"));
    }

    [TestCaseSource(typeof(SharedData), nameof(SharedData.Cases), new object[] { "samples/wco/declarations", "*.xml" })]
    public void Detect_realCdsDeclaration_isWcoDeclarationUnlessWrappedInForeignRoot(string path)
    {
        var result = FormatDetector.Detect(File.ReadAllBytes(path));
        if (Path.GetFileName(path).StartsWith("TT_IM023a", StringComparison.Ordinal))
        {
            // Inside an HMRC-internal envelope: the root namespace is not WCO, so it is plain XML (rejected later, with the reason).
            Assert.That(result.Format, Is.EqualTo(MessageFormat.Xml));
            Assert.That(result.MessageType, Is.EqualTo("submitDeclarationRequest"));
            return;
        }

        // TT_EX002a is not well-formed only at its end: the root is still read.
        Assert.That(result.Format, Is.EqualTo(MessageFormat.WcoXml));
        Assert.That(result.MessageType, Is.EqualTo("Declaration"));
        Assert.That(result.XmlNamespace, Does.StartWith("urn:wco:datamodel:"));
    }

    [Test]
    public void Detect_xmlWithDoctype_isNotExpandedAndReportsXml()
    {
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>");

        var result = FormatDetector.Detect(bytes);

        Assert.That(result.Format, Is.EqualTo(MessageFormat.Xml));
        Assert.That(result.MessageType, Is.Null);
    }

    [Test]
    public void Detect_otherNamespaceXml_isPlainXml()
    {
        var result = FormatDetector.Detect("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>"u8);

        Assert.That(result.Format, Is.EqualTo(MessageFormat.Xml));
        Assert.That(result.MessageType, Is.EqualTo("Invoice"));
    }

    [TestCase("{\"documentType\":\"DEC\",\"type\":\"x\"}", "DEC")]
    [TestCase("{\"type\":\"CargoReport\",\"items\":[{\"documentType\":\"inner\"}]}", "CargoReport")]
    [TestCase("{\"header\":{\"documentType\":\"nested\"}}", null)]
    [TestCase("[1,2]", null)]
    [TestCase("{\"documentType\":", null)]
    public void Detect_json_readsTopLevelDocumentType(string json, string? expected)
    {
        var result = FormatDetector.Detect(Encoding.UTF8.GetBytes(json));

        Assert.That(result.Format, Is.EqualTo(MessageFormat.Json));
        Assert.That(result.MessageType, Is.EqualTo(expected));
    }

    [Test]
    public void Detect_jsonTypeThatIsNotUtf8_isJsonWithoutType()
    {
        // 0xFF is never UTF-8: the peek cannot read the type, and the JSON validation reports the byte.
        byte[] json = [.. "{\"documentType\":\"decl"u8, 0xFF, .. "\"}"u8];

        var result = FormatDetector.Detect(json);

        Assert.That(result.Format, Is.EqualTo(MessageFormat.Json));
        Assert.That(result.MessageType, Is.Null);
    }

    [Test]
    public void Detect_controlCharacterInTypeOrKey_isNotKept()
    {
        // A NUL is no type and no reference (and PostgreSQL's text refuses it): the message is detected all the same.
        var json = FormatDetector.Detect("{\"documentType\":\"decl\\u0000aration\"}"u8);
        byte[] type = [.. "UNB+UNOA:3+SENDER+RECIPIENT+260101:1200+REF1'UNH+1+CUS"u8, 0, .. "DEC:D:96B:UN'"u8];
        byte[] key = [.. "UNB+UNOA:3+SEN"u8, 0, .. "DER+RECIPIENT+260101:1200+REF1'UNH+1+CUSDEC:D:96B:UN'"u8];

        Assert.That((json.Format, json.MessageType), Is.EqualTo((MessageFormat.Json, (string?)null)));
        Assert.That((FormatDetector.Detect(type).MessageType, FormatDetector.Detect(type).Interchange?.ControlReference), Is.EqualTo(((string?)null, "REF1")));
        Assert.That((FormatDetector.Detect(key).MessageType, FormatDetector.Detect(key).Interchange), Is.EqualTo(("CUSDEC", (InterchangeKey?)null)));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("hello")]
    [TestCase("UN")]
    public void Detect_unrecognised_isUnknown(string text)
    {
        Assert.That(FormatDetector.Detect(Encoding.ASCII.GetBytes(text)).Format, Is.EqualTo(MessageFormat.Unknown));
    }

    [Test]
    public void Detect_truncatedUna_isEdifactWithoutKey()
    {
        var result = FormatDetector.Detect("UNA:+"u8);

        Assert.That(result.Format, Is.EqualTo(MessageFormat.Edifact));
        Assert.That(result.Interchange, Is.Null);
    }
}
