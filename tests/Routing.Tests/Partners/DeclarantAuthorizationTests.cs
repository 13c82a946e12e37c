using System.Text;
using System.Text.Json;
using UniPass.Gateway.Routing.Bus;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Partners;
using UniPass.Gateway.Routing.Pipeline;
using UniPass.Gateway.Routing.Tests.Fixtures;
using UniPass.Gateway.Routing.Tests.Support;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Routing.Tests.Partners;

/// <summary>A declaration must name the authenticated partner as its declarant, or as the declarant's representative.</summary>
public sealed class DeclarantAuthorizationTests
{
    private const string FixtureDeclarant = "GB123456789000";

    [Test]
    public async Task RunOnceAsync_jsonDeclarationOfAnotherDeclarant_isRejectedWithPointerAndNegativeAck()
    {
        using var harness = new PipelineHarness(partners: Directory("GB999999999000"));

        var completion = await harness.RouteAsync(Fixture.Bytes("declaration.json"));

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Rejected));
        using var ack = JsonDocument.Parse(completion.Acks.Single().Content);
        var finding = ack.RootElement.GetProperty("errors")[0];
        Assert.That(finding.GetProperty("code").GetString(), Is.EqualTo(PipelineDiagnosticIds.DeclarantNotAuthorized));
        Assert.That(finding.GetProperty("location").GetString(), Is.EqualTo("/parties/0/id"));
        Assert.That(finding.GetProperty("description").GetString(), Does.Contain($"declarant '{FixtureDeclarant}'"));
        Assert.That(harness.Bus.Published.Select(p => p.Topic), Is.EqualTo(new[] { Topics.Acks }), "nothing is routed");
    }

    [Test]
    public async Task RunOnceAsync_jsonDeclarationOfThePartnersDeclarantId_isRouted()
    {
        using var harness = new PipelineHarness(partners: Directory(FixtureDeclarant));

        var completion = await harness.RouteAsync(Fixture.Bytes("declaration.json"));

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Routed));
        Assert.That(harness.Bus.Published.Select(p => p.Topic), Does.Contain(Topics.Declarations).And.Not.Contain(Topics.Acks));
    }

    [Test]
    public async Task RunOnceAsync_partnerNamedAsTheDeclarantsRepresentative_isRouted()
    {
        using var harness = new PipelineHarness(partners: Directory("GB555555555000"));
        var json = Encoding.UTF8.GetString(Fixture.Bytes("declaration.json")).Replace(
            $"{{ \"role\": \"Declarant\", \"id\": \"{FixtureDeclarant}\" }}",
            $"{{ \"role\": \"Declarant\", \"id\": \"{FixtureDeclarant}\" }}, {{ \"role\": \"Agent\", \"id\": \"GB555555555000\", \"functionCode\": \"2\" }}",
            StringComparison.Ordinal);

        var completion = await harness.RouteAsync(Encoding.UTF8.GetBytes(json));

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Routed), string.Join("; ", completion.Timeline.Select(t => t.Step + " " + t.Detail)));
    }

    [Test]
    public async Task RunOnceAsync_declarationWithoutDeclarant_isRejectedBecauseItsSenderCanNotBeShown()
    {
        using var harness = new PipelineHarness(partners: Directory(FixtureDeclarant));

        var completion = await harness.RouteAsync(Fixture.Bytes("declaration-missing-declarant.json"));

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Rejected));
        Assert.That(Encoding.UTF8.GetString(completion.Acks[0].Content.Span), Does.Contain("names no declarant id"));
    }

    [Test]
    public async Task RunOnceAsync_amendmentWithoutParties_isRoutedForTheProcessorToMatchWithItsDeclaration()
    {
        using var harness = new PipelineHarness(partners: Directory("GB999999999000"));
        var amendment = Encoding.UTF8.GetString(Declarations.Json("LRN-1", functionCode: "13")).Replace(
            $"{{ \"role\": \"Declarant\", \"id\": \"{FixtureDeclarant}\" }}", string.Empty, StringComparison.Ordinal);

        var completion = await harness.RouteAsync(Encoding.UTF8.GetBytes(amendment));

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Routed), string.Join("; ", completion.Timeline.Select(t => t.Step + " " + t.Detail)));
    }

    [Test]
    public async Task RunOnceAsync_realCdsDeclarationOfAnotherDeclarant_isRejectedWithAWcoResponseNamingTheDeclarant()
    {
        var path = SharedData.PathOf("samples/wco/declarations/TT_EX009a__TT_EX009a.xml");
        Assert.That(path, Is.Not.Null, "../shared/samples is required");
        using var harness = new PipelineHarness(partners: Directory(FixtureDeclarant));

        var completion = await harness.RouteAsync(await File.ReadAllBytesAsync(path!));

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Rejected));
        var ack = completion.Acks.Single();
        Assert.That(ack.Kind, Is.EqualTo(AckKinds.WcoResponse));
        var text = Encoding.UTF8.GetString(ack.Content.Span);
        Assert.That(text, Does.Contain(PipelineDiagnosticIds.DeclarantNotAuthorized));
        Assert.That(text, Does.Contain("GB150454489082"));
    }

    [Test]
    public async Task RunOnceAsync_realCdsDeclarationOfThePartner_isRouted()
    {
        var path = SharedData.PathOf("samples/wco/declarations/TT_EX009a__TT_EX009a.xml");
        using var harness = new PipelineHarness(partners: Directory("GB150454489082"));

        var completion = await harness.RouteAsync(await File.ReadAllBytesAsync(path!));

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Routed));
    }

    [Test]
    public async Task RunOnceAsync_partnerWithTheWildcard_mayNameAnyDeclarant()
    {
        using var harness = new PipelineHarness(partners: Directory(Partner.AnyDeclarant));

        var completion = await harness.RouteAsync(Fixture.Bytes("declaration.json"));

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Routed));
    }

    private static FakePartnerDirectory Directory(params string[] declarantIds) =>
        new(FakePartnerDirectory.Partner("partner-a") with { DeclarantIds = declarantIds });
}
