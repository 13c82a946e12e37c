using UniPass.Gateway.Benchmarks.Wco;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Messages.Wco.Xml;

namespace UniPass.Gateway.Benchmarks.Tests.Wco;

public sealed class WcoSamplesTests
{
    [TestCase(1)]
    [TestCase(7)]
    [TestCase(250)]
    public void Declaration_scaled_readsCleanlyWithTheRequestedGoodsItemsNumbered(int goodsItems)
    {
        var read = WcoXmlReader.Read(new MemoryStream(WcoSamples.Declaration(goodsItems)));

        Assert.That(read.Diagnostics, Is.Empty);
        var declaration = (Declaration)read.Value!;
        Assert.That(declaration.GoodsItems.Select(i => i.SequenceNumber), Is.EqualTo(Enumerable.Range(1, goodsItems)));
        Assert.That(declaration.GoodsItemQuantity, Is.EqualTo(goodsItems));
    }

    [Test]
    public void Benchmarks_setUp_checkTheirInputs()
    {
        var xml = new WcoXmlBenchmarks { GoodsItems = 3 };
        var json = new CanonicalJsonBenchmarks { GoodsItems = 3 };

        xml.Setup();
        json.Setup();

        Assert.That(xml.ToCanonical(), Is.InstanceOf<Declaration>());
        Assert.That(xml.BareXmlReader(), Is.GreaterThan(100));
        Assert.That(json.Read(), Is.InstanceOf<Declaration>());
        Assert.That(json.BareUtf8JsonReader(), Is.GreaterThan(100));
    }
}
