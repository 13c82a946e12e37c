using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Messages.Edifact.Tests;

/// <summary>
/// Conformance over the real-world samples beside the repository (<c>../shared/samples/edifact</c>,
/// described in EXPECTED.tsv), at the syntax and envelope level.
/// </summary>
public class SampleConformanceTests
{
    private static IEnumerable<TestCaseData> Valid() => SharedData.Cases("samples/edifact/valid");

    private static IEnumerable<TestCaseData> Lenient() => SharedData.Cases("samples/edifact/lenient");

    private static IEnumerable<TestCaseData> Invalid() => SharedData.Cases("samples/edifact/invalid");

    private static string Describe(EdifactValidationResult result) => string.Join("\n", result.Diagnostics);

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

    [TestCase("gtas__loader_Test1.txt", "EDI0016", 109)]
    [TestCase("gtas__loader_airline2.edi", "EDI0016", 113)]
    [TestCase("gtas__tamr_flight1.txt", "EDI0016", 182)]
    [TestCase("edinet__edifact.D95B.CUSCAR.EDI", "EDI0023", 2)]
    [TestCase("pydifact__v3_aperak.edi", "EDI0016", 8)]
    [TestCase("pydifact__v4_aperak_rejected.edi", "EDI0016", 8)]
    [TestCase("pydifact__order.edi", "EDI0012", 0)]
    [TestCase("portrdam__VIFTSAI0000001.txt", "EDI0012", 0)]
    [TestCase("staedi__orders-with-group.edi", "EDI0016", 20)]
    [TestCase("gtas__loader_pnr1.txt", "EDI0016", 87)]
    [TestCase("staedi__issue128_wrapped_invoic_d97b.edi", "EDI0007", 1)]
    [TestCase("edinet__edifact.D01B.IFCSUM.NewLines.EDI", "EDI0008", 1)]
    public void Validate_lenientSample_reportsTheKnownFaultAsWarning(string file, string id, int segmentIndex)
    {
        var path = SharedData.PathOf("samples/edifact/lenient/" + file);
        Assert.That(path, Is.Not.Null, "../shared/samples is required");
        var result = EdifactInterchange.Validate(File.ReadAllBytes(path!), EdifactReaderOptions.Lenient);

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

    [Test]
    public void Validate_pnrBadFormat_isRejectedInBothModes()
    {
        var bytes = File.ReadAllBytes(SharedData.PathOf("samples/edifact/invalid/gtas__parsers_pnrBadFormat.txt")!);

        var strict = EdifactInterchange.Validate(bytes);
        Assert.That(strict.IsValid, Is.False);
        Assert.That(strict.Diagnostics.Where(d => d.Severity == EdifactSeverity.Error).Select(d => d.Id), Does.Contain("EDI0007").And.Contain("EDI0016").And.Contain("EDI0006"));
        Assert.That(EdifactInterchange.Validate(bytes, EdifactReaderOptions.Lenient).IsValid, Is.False);
    }

    /// <summary>
    /// The broken INVOIC's faults (bad qualifier, non-numeric QTY/PRI, misplaced UNS) are directory
    /// level; at the syntax level only the '$' outside the UNOA repertoire shows, in PRI.
    /// </summary>
    [Test]
    public void Validate_invoicBad_reportsTheRepertoireFaultInPri()
    {
        var result = EdifactInterchange.Validate(File.ReadAllBytes(SharedData.PathOf("samples/edifact/invalid/staedi__invoic_d97b_bad.edi")!));

        var d = result.Diagnostics.Single(x => x.Id == "EDI0010");
        Assert.That((d.SegmentIndex, d.SegmentTag, d.Element, d.Component, d.ContrlCode), Is.EqualTo((14, "PRI", 1, 2, 21)));
    }
}
