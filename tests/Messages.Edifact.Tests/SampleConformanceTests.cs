using UniPass.Gateway.Messages.Edifact.Tests.Support;
using UniPass.Gateway.Messages.Edifact.Validation;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Messages.Edifact.Tests;

/// <summary>
/// Conformance over the real-world samples beside the repository (<c>../shared/samples/edifact</c>,
/// described in EXPECTED.tsv), at the syntax and envelope level and against the committed
/// directories (D.95B BAPLIE, D.97A/D.97B INVOIC, D.99B IFTSAI; IATA's PAORES and PNRGOV are
/// directories the catalog does not carry). Every case comes from <see cref="SharedData.Cases"/>,
/// so without the folder there are none.
/// </summary>
public class SampleConformanceTests
{
    private static IEnumerable<TestCaseData> Valid() => SharedData.Cases("samples/edifact/valid");

    private static IEnumerable<TestCaseData> Lenient() => SharedData.Cases("samples/edifact/lenient");

    private static IEnumerable<TestCaseData> Invalid() => SharedData.Cases("samples/edifact/invalid");

    private static IEnumerable<TestCaseData> BadInvoice() => SharedData.Cases("samples/edifact/invalid", "staedi__invoic_d97b_bad.edi");

    private static IEnumerable<TestCaseData> BadPnr() => SharedData.Cases("samples/edifact/invalid", "gtas__parsers_pnrBadFormat.txt");

    private static readonly (string File, string Id, int SegmentIndex)[] s_knownLenientFaults =
    [
        ("gtas__loader_Test1.txt", "EDI0016", 109),
        ("gtas__loader_airline2.edi", "EDI0016", 113),
        ("gtas__tamr_flight1.txt", "EDI0016", 182),
        ("edinet__edifact.D95B.CUSCAR.EDI", "EDI0023", 2),
        ("pydifact__v3_aperak.edi", "EDI0016", 8),
        ("pydifact__v4_aperak_rejected.edi", "EDI0016", 8),
        ("pydifact__order.edi", "EDI0012", 0),
        ("portrdam__VIFTSAI0000001.txt", "EDI0012", 0),
        ("staedi__orders-with-group.edi", "EDI0016", 20),
        ("gtas__loader_pnr1.txt", "EDI0016", 87),
        ("staedi__issue128_wrapped_invoic_d97b.edi", "EDI0007", 1),
        ("edinet__edifact.D01B.IFCSUM.NewLines.EDI", "EDI0008", 1),
    ];

    private static IEnumerable<TestCaseData> KnownLenientFaults() =>
        s_knownLenientFaults.SelectMany(f => SharedData.Cases("samples/edifact/lenient", f.File).Select(c => new TestCaseData(c.Arguments[0], f.Id, f.SegmentIndex).SetArgDisplayNames(f.File)));

    private static string Describe(EdifactValidationResult result) => string.Join("\n", result.Diagnostics);

    private static EdifactValidationOptions Structure(EdifactReaderOptions reader, bool codeLists = true) =>
        new() { Reader = reader, Catalog = TestDirectories.Catalog, CheckCodeLists = codeLists };

    [Test]
    public void Samples_arePresent()
    {
        Assert.That(Valid().Count(), Is.GreaterThanOrEqualTo(7));
        Assert.That(Lenient().Count(), Is.GreaterThanOrEqualTo(13));
        Assert.That(Invalid().Count(), Is.GreaterThanOrEqualTo(2));
    }

    [TestCaseSource(nameof(Valid))]
    public void Validate_validSample_isValidInBothModes(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var strict = EdifactInterchange.Validate(bytes);
        var lenient = EdifactInterchange.Validate(bytes, EdifactReaderOptions.Lenient);

        Assert.That(strict.IsValid, Is.True, Describe(strict));
        Assert.That(lenient.IsValid, Is.True, Describe(lenient));
        Assert.That(strict.Messages, Is.Not.Empty);
        Assert.That(strict.Interchange, Is.Not.Null);
        Assert.That(strict.InterchangeTrailer, Is.Not.Null);
    }

    [TestCaseSource(nameof(Lenient))]
    public void Validate_lenientSample_recoversWithWarningsAndStrictRejectsWithPositions(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var lenient = EdifactInterchange.Validate(bytes, EdifactReaderOptions.Lenient);
        var strict = EdifactInterchange.Validate(bytes);

        Assert.That(lenient.IsValid, Is.True, Describe(lenient));
        Assert.That(lenient.Diagnostics.Where(d => d.Severity == EdifactSeverity.Warning), Is.Not.Empty);
        Assert.That(lenient.Messages, Is.Not.Empty);
        Assert.That(strict.IsValid, Is.False);
        Assert.That(strict.Diagnostics.Where(d => d.Severity == EdifactSeverity.Error).Select(d => d.ByteOffset), Has.All.GreaterThan(0));
    }

    [TestCaseSource(nameof(KnownLenientFaults))]
    public void Validate_lenientSample_reportsTheKnownFaultAsWarning(string path, string id, int segmentIndex)
    {
        var result = EdifactInterchange.Validate(File.ReadAllBytes(path), EdifactReaderOptions.Lenient);

        Assert.That(result.Diagnostics.Where(d => d.Id == id && d.Severity == EdifactSeverity.Warning).Select(d => d.SegmentIndex), Does.Contain(segmentIndex), Describe(result));
    }

    [TestCaseSource(nameof(Invalid))]
    public void Validate_invalidSample_reportsPositionedDiagnosticsWithoutCrashing(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var strict = EdifactInterchange.Validate(bytes);
        var lenient = EdifactInterchange.Validate(bytes, EdifactReaderOptions.Lenient);

        Assert.That(strict.Diagnostics.Where(d => d.Severity != EdifactSeverity.Info), Is.Not.Empty);
        Assert.That(strict.Diagnostics.Where(d => d.Severity != EdifactSeverity.Info).Select(d => d.SegmentIndex), Has.All.GreaterThan(0));
        Assert.That(lenient.Diagnostics.Where(d => d.Severity != EdifactSeverity.Info).Select(d => d.SegmentIndex), Has.All.GreaterThan(0));
    }

    [TestCaseSource(nameof(BadPnr))]
    public void Validate_pnrBadFormat_isRejectedInBothModes(string path)
    {
        var bytes = File.ReadAllBytes(path);

        var strict = EdifactInterchange.Validate(bytes);
        Assert.That(strict.IsValid, Is.False);
        Assert.That(strict.Diagnostics.Where(d => d.Severity == EdifactSeverity.Error).Select(d => d.Id), Does.Contain("EDI0007").And.Contain("EDI0016").And.Contain("EDI0006"));
        Assert.That(EdifactInterchange.Validate(bytes, EdifactReaderOptions.Lenient).IsValid, Is.False);
    }

    /// <summary>
    /// The broken INVOIC's faults (bad qualifier, non-numeric QTY/PRI, misplaced UNS) are directory
    /// level; at the syntax level only the '$' outside the UNOA repertoire shows, in PRI.
    /// </summary>
    [TestCaseSource(nameof(BadInvoice))]
    public void Validate_invoicBad_reportsTheRepertoireFaultInPri(string path)
    {
        var result = EdifactInterchange.Validate(File.ReadAllBytes(path));

        var d = result.Diagnostics.Single(x => x.Id == "EDI0010");
        Assert.That((d.SegmentIndex, d.SegmentTag, d.Element, d.Component, d.ContrlCode), Is.EqualTo((14, "PRI", 1, 2, 21)));
    }

    /// <summary>
    /// At structure level with the partner's codes agreed (code lists off, as for most partners):
    /// no errors. With the directory's code lists on, the only errors left are codes from outside
    /// UNCL (the port of Rotterdam's IFTSAI uses SMDG's TS2 and SSX).
    /// </summary>
    [TestCaseSource(nameof(Valid))]
    public void Validate_validSample_isValidAgainstItsDirectory(string path)
    {
        var bytes = File.ReadAllBytes(path);

        foreach (var reader in new[] { EdifactReaderOptions.Strict, EdifactReaderOptions.Lenient })
        {
            var agreed = EdifactInterchange.Validate(bytes, Structure(reader, codeLists: false));
            Assert.That(agreed.IsValid, Is.True, Describe(agreed));
            Assert.That(agreed.Level, Is.EqualTo(EdifactValidationLevel.Structure));

            var coded = EdifactInterchange.Validate(bytes, Structure(reader));
            Assert.That(coded.Diagnostics.Where(d => d.Severity == EdifactSeverity.Error).Select(d => d.Id), Has.All.EqualTo("EDI0131"), Describe(coded));
        }
    }

    [TestCaseSource(nameof(Invalid))]
    public void Validate_invalidSample_isRejectedAtStructureLevelWithPositions(string path)
    {
        var bytes = File.ReadAllBytes(path);

        foreach (var reader in new[] { EdifactReaderOptions.Strict, EdifactReaderOptions.Lenient })
        {
            var result = EdifactInterchange.Validate(bytes, Structure(reader));

            Assert.That(result.IsValid, Is.False, Describe(result));
            Assert.That(result.Diagnostics.Where(d => d.Severity == EdifactSeverity.Error).Select(d => (d.SegmentIndex, d.ByteOffset)),
                Has.All.Matches<(int Segment, long Offset)>(p => p.Segment > 0 && p.Offset > 0), Describe(result));
        }
    }

    /// <summary>StAEDI's broken INVOIC D.97B: a bad party qualifier, non-numeric QTY and PRI, and a second UNS.</summary>
    [TestCaseSource(nameof(BadInvoice))]
    public void Validate_invoicBad_isRejectedWithEachFaultWhereItIs(string path)
    {
        var result = EdifactInterchange.Validate(File.ReadAllBytes(path), Structure(EdifactReaderOptions.Strict));

        Assert.That(result.IsValid, Is.False);
        var structure = result.Diagnostics.Where(d => d.Id.StartsWith("EDI01", StringComparison.Ordinal))
            .Select(d => (d.Id, d.SegmentIndex, d.MessageSegmentIndex, d.SegmentTag, d.Element, d.Component, d.ContrlCode));
        Assert.That(structure, Is.EqualTo(new[]
        {
            ("EDI0126", 6, 5, "NAD", 1, 1, 39),     // NAD+BYZZ: 3035 is an..3
            ("EDI0125", 11, 10, "QTY", 1, 2, 37),   // QTY+47:1020A: 6060 is n..15
            ("EDI0125", 14, 13, "PRI", 1, 2, 37),   // PRI+INV:$1.179: 5118 is n..15
            ("EDI0112", 22, 21, "UNS", 0, 0, 35),   // INVOIC 2120 UNS M 1: a second UNS is one repetition too many
        }), Describe(result));
    }

    [TestCaseSource(nameof(Lenient))]
    public void Validate_lenientSampleAtStructureLevel_isReadWithPositionedFindings(string path)
    {
        var result = EdifactInterchange.Validate(File.ReadAllBytes(path), Structure(EdifactReaderOptions.Lenient));

        Assert.That(result.Messages, Is.Not.Empty);
        var structure = result.Diagnostics.Where(d => d.Id.StartsWith("EDI01", StringComparison.Ordinal)).ToArray();
        Assert.That(structure.Select(d => d.SegmentIndex), Has.All.GreaterThan(0));
        Assert.That(structure.Where(d => d.SegmentTag is not ("UNB" or "UNG" or "UNE" or "UNZ")).Select(d => d.MessageSegmentIndex), Has.All.GreaterThan(0));
    }
}
