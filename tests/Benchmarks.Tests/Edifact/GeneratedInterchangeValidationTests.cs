using UniPass.Gateway.Benchmarks.Edifact;
using UniPass.Gateway.Messages.Edifact;
using UniPass.Gateway.Messages.Edifact.Validation;

namespace UniPass.Gateway.Benchmarks.Tests.Edifact;

/// <summary>The generated benchmark interchanges are valid against their directories (PAXLST D.02B, CUSCAR D.95B), code lists included.</summary>
public sealed class GeneratedInterchangeValidationTests
{
    [TestCase(InterchangeKind.Paxlst)]
    [TestCase(InterchangeKind.Cuscar)]
    public void Validate_generatedInterchange_hasNoFindingAtStructureLevel(InterchangeKind kind)
    {
        var bytes = InterchangeGenerator.Generate(kind, 256 * 1024, InterchangeGenerator.DefaultSeed, out var generated);

        var result = EdifactInterchange.Validate(bytes, new EdifactValidationOptions());

        Assert.That(result.Diagnostics.Where(d => d.Severity != EdifactSeverity.Info).Select(d => d.ToString()).Distinct().Take(40), Is.Empty);
        Assert.That(result.MessageCount, Is.EqualTo(generated.Messages));
    }
}
