using UniPass.Gateway.Messages.Edifact.Directories;

namespace UniPass.Gateway.Messages.Edifact.Tests.Directories;

public sealed class DirectoryFileTests
{
    private const string Sample = """
        # a comment
        directory UN D 96B

        message PAXLST
          0010 UNH M 1
          0050 SG1 C 5
            0060 NAD M 1
            0070 SG2 C 9
              0080 COM M 1
          0090 UNT M 1

        segment NAD 3035:M C082:C
        composite C082 3039:M 1131:C 3055:C:2
        element 3035 an..3
        element 3039 an..35
        element 1131 an..17
        element 3055 an3

        codes 3035
          CA
          AB
        """;

    [Test]
    public void Read_sample_buildsNestedTableAndDefinitions()
    {
        var directory = DirectoryFile.Read(new StringReader(Sample), "sample");
        var paxlst = directory.Messages["PAXLST"];
        var sg1 = (SegmentGroupEntry)paxlst.Entries[1];

        Assert.That(directory.Id, Is.EqualTo(new DirectoryId("UN", "D", "96B")));
        Assert.That(directory.ServiceSyntaxVersion, Is.Null);
        Assert.That(paxlst.Entries.Select(e => e.Position), Is.EqualTo(new[] { "0010", "0050", "0090" }));
        Assert.That((sg1.Number, sg1.Status, sg1.MaxRepeats), Is.EqualTo((1, UsageStatus.Conditional, 5)));
        Assert.That(((SegmentGroupEntry)sg1.Entries[1]).Entries.Single(), Is.EqualTo(new SegmentEntry("0080", "COM", UsageStatus.Mandatory, 1)));
        Assert.That(directory.Composites["C082"].Components[2], Is.EqualTo(new ElementReference("3055", UsageStatus.Conditional, 2)));
        Assert.That(directory.Elements["3055"].Format, Is.EqualTo(new DataElementFormat(CharacterClass.Alphanumeric, 3, 3)));
        Assert.That(directory.CodeLists["3035"].Values, Is.EqualTo(new[] { "AB", "CA" }));
    }

    [Test]
    public void Write_thenRead_givesTheSameText()
    {
        var directory = DirectoryFile.Read(new StringReader(Sample), "sample");
        var first = new StringWriter();
        DirectoryFile.Write(directory, first);

        var second = new StringWriter();
        DirectoryFile.Write(DirectoryFile.Read(new StringReader(first.ToString()), "written"), second);

        Assert.That(second.ToString(), Is.EqualTo(first.ToString()));
        Assert.That(first.ToString(), Does.Contain("\n  0050 SG1 C 5\n    0060 NAD M 1\n"));
        Assert.That(first.ToString(), Does.Contain("\ncomposite C082 3039:M 1131:C 3055:C:2\n"));
    }

    [TestCase("directory UN D 96B\nmessage X\n  0010 UNH Q 1\n", "sample:3: status 'Q' is neither M nor C")]
    [TestCase("directory UN D 96B\nelement 3035 xy3\n", "sample:2: 'xy3' is not a representation like an..35")]
    [TestCase("directory UN D 96B\n  0010 UNH M 1\n", "sample:2: an indented line outside a message or code list")]
    [TestCase("message X\n  0010 UNH M 1\n", "sample:2: no 'directory AGENCY VERSION RELEASE' line")]
    [TestCase("directory UN D 96B\nmessage X\n      0010 UNH M 1\n", "sample:3: indentation does not match an open segment group")]
    public void Read_malformed_namesTheLine(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => DirectoryFile.Read(new StringReader(text), "sample"));

        Assert.That(error.Message, Is.EqualTo(expected));
    }

    [TestCase("an..35", CharacterClass.Alphanumeric, 0, 35)]
    [TestCase("a3", CharacterClass.Alphabetic, 3, 3)]
    [TestCase("n..15", CharacterClass.Numeric, 0, 15)]
    [TestCase("an2", CharacterClass.Alphanumeric, 2, 2)]
    public void TryParse_representation_readsClassAndLengths(string text, CharacterClass cls, int min, int max)
    {
        Assert.That(DataElementFormat.TryParse(text, out var format), Is.True);
        Assert.That(format, Is.EqualTo(new DataElementFormat(cls, min, max)));
        Assert.That(format.ToString(), Is.EqualTo(text));
    }

    [TestCase("")]
    [TestCase("x..3")]
    [TestCase("an..")]
    [TestCase("n0")]
    public void TryParse_notARepresentation_returnsFalse(string text)
    {
        Assert.That(DataElementFormat.TryParse(text, out _), Is.False);
    }
}
