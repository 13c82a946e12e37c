using System.Text;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Tests.Support;
using UniPass.Gateway.Messages.Edifact.Validation;
using UniPass.Gateway.Messages.Edifact.Validation.Internal;
using static UniPass.Gateway.Messages.Edifact.Tests.Support.ValidationFixture;

namespace UniPass.Gateway.Messages.Edifact.Tests.Validation;

/// <summary>
/// Validations over one catalog reuse what an earlier validation compiled (segment tables and segment rules), one
/// set per validation running at the same time, and judge exactly as a validation that compiles afresh.
/// </summary>
public sealed class CompiledDirectoryReuseTests
{
    [Test]
    public void Validate_twiceOverOneCatalog_secondReusesTheCompiledDirectoriesOfTheFirst()
    {
        var catalog = DirectoryCatalog.CreateDefault();
        var options = Options with { Catalog = catalog };
        Validate(Interchange(PaxlstBody), options);

        var kept = CompiledDirectories.Rent(catalog);
        Assert.That(kept.Count, Is.EqualTo(2), "the message's directory and the service directory, compiled by the first validation");
        CompiledDirectories.Return(catalog, kept);

        var result = Validate(Interchange(PaxlstBody), options);
        Assert.That(result.IsValid, Is.True, Describe(result));
        Assert.That(CompiledDirectories.Rent(catalog), Is.SameAs(kept));
    }

    [Test]
    public void Validate_concurrentlyOverOneCatalog_judgesEachInterchangeAsAlone()
    {
        var catalog = DirectoryCatalog.CreateDefault();
        string[] texts =
        [
            Interchange(PaxlstBody),
            Paxlst(13, "DOC+P:110:111"),
            Paxlst(9, "ATT+2++X"),
            Paxlst(4, "LOC+125+FRA+EXTRA:1:2:3:4"),
            Interchange(["BGM+220"], "ORDERS:D:02B:UN"),
        ];

        // Each interchange judged alone, by a catalog of its own (nothing compiled before).
        var expected = texts.Select(t => Describe(Validate(t, Options with { Catalog = DirectoryCatalog.CreateDefault() }))).ToArray();
        Assert.That(expected.Distinct().Count(), Is.GreaterThan(2), "the interchanges differ in their findings");

        var results = new string[2000];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            results[i] = Describe(EdifactInterchange.Validate(Encoding.Latin1.GetBytes(texts[i % texts.Length]), Options with { Catalog = catalog })));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.That(results[i], Is.EqualTo(expected[i % texts.Length]), $"validation {i}");
        }
    }
}
