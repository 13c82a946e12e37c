using System.Reflection;
using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Wco.Tests.Model;

public sealed class WcoIdTests
{
    [TestCase(nameof(Declaration.Lrn), "D026")]
    [TestCase(nameof(Declaration.FunctionCode), "017")]
    [TestCase(nameof(Declaration.TypeCode), "D013")]
    [TestCase(nameof(Declaration.GoodsItemQuantity), "228")]
    [TestCase(nameof(Declaration.TotalPackageQuantity), "146")]
    public void Declaration_field_knowsItsWcoId(string property, string expected)
    {
        var id = typeof(Declaration).GetProperty(property)!.GetCustomAttribute<WcoIdAttribute>()?.Id;

        Assert.That(id, Is.EqualTo(expected));
    }

    [Test]
    public void WcoIds_haveTheShapeOfTheDataModel()
    {
        // WCO DM ids are three characters (digits, or a letter and digits, or two digits and a class letter) or a letter and three digits.
        var ids = typeof(Declaration).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties())
            .Select(p => p.GetCustomAttribute<WcoIdAttribute>()?.Id)
            .OfType<string>()
            .ToList();

        Assert.That(ids, Has.Count.GreaterThan(60));
        Assert.That(ids, Has.All.Match("^([0-9]{3}|[0-9]{2}[A-Z]|[A-Z][0-9]{3})$"));
    }
}
