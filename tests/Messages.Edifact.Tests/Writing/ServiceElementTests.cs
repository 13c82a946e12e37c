using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Writing;

namespace UniPass.Gateway.Messages.Edifact.Tests.Writing;

/// <summary>The writer's service element formats are the service directories' (schemas/edifact/un-d-3.txt, un-4-1.txt).</summary>
public class ServiceElementTests
{
    private static IEnumerable<string> Elements() => ServiceElement.All.Select(e => e.Id);

    [TestCaseSource(nameof(Elements))]
    public void Representation_matchesTheServiceDirectories(string id)
    {
        var element = ServiceElement.All.Single(e => e.Id == id);
        var catalog = DirectoryCatalog.CreateDefault();

        foreach (var (version, directory) in new[] { (SyntaxVersion.V3, catalog.Service(3)), (SyntaxVersion.V4, catalog.Service(4)) })
        {
            if (element.LengthIn(version) == 0)
            {
                Assert.That(directory.Elements.ContainsKey(element.Id), Is.False, $"{element.Id} in {directory.Id}");
                continue;
            }

            var format = directory.Elements[element.Id].Format;
            Assert.That(
                (element.Numeric, element.Fixed, element.LengthIn(version)),
                Is.EqualTo((format.Class == CharacterClass.Numeric, format.IsFixedLength, format.MaxLength)),
                $"{element.Id} in {directory.Id}: {format}");
        }
    }

    [Test]
    public void Check_valueOutsideTheRepresentation_throwsNamingTheElement()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentException>(() => ServiceElement.SegmentCount.Check("UNT", "1234567", SyntaxVersion.V3));
            Assert.DoesNotThrow(() => ServiceElement.SegmentCount.Check("UNT", "1234567", SyntaxVersion.V4));
            Assert.Throws<ArgumentException>(() => ServiceElement.TestIndicator.Check("UNB", "X", SyntaxVersion.V4));
            Assert.Throws<ArgumentException>(() => ServiceElement.CharacterEncoding.Check("UNB", "1", SyntaxVersion.V3));
            Assert.DoesNotThrow(() => ServiceElement.InterchangeReference.Check("UNB", "😀😀😀😀😀😀😀😀😀😀😀😀😀😀", SyntaxVersion.V4));
        });
    }
}
