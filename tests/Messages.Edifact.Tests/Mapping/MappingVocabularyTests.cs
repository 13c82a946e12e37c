using UniPass.Gateway.Messages.Edifact.Mapping;
using UniPass.Gateway.Messages.Edifact.Tests.Support;

namespace UniPass.Gateway.Messages.Edifact.Tests.Mapping;

/// <summary>The mapping vocabulary resolved against the committed directories: positions come from the data, per version.</summary>
public sealed class MappingVocabularyTests
{
    [Test]
    public void ResolveIn_documentIdentifier_isSimpleInD95bAndInC106FromD96b()
    {
        var number = ElementRef.Of("1004");

        Assert.That(number.ResolveIn(TestDirectories.Un("95B"), "BGM"), Is.EqualTo(new ElementPosition(2, 1)));
        Assert.That(number.ResolveIn(TestDirectories.Un("96B"), "BGM"), Is.EqualTo(new ElementPosition(2, 1)));
        Assert.That(ElementRef.In("C106", "1004").ResolveIn(TestDirectories.Un("95B"), "BGM").Exists, Is.False);
        Assert.That(ElementRef.In("C106", "1004").ResolveIn(TestDirectories.Un("96B"), "BGM"), Is.EqualTo(new ElementPosition(2, 1)));
    }

    [Test]
    public void ResolveIn_repeatedElementsAndComposites_countOccurrences()
    {
        var d02b = TestDirectories.Un("02B");

        Assert.That(ElementRef.In("C080", "3036", 3).ResolveIn(d02b, "NAD"), Is.EqualTo(new ElementPosition(4, 3)));
        Assert.That(ElementRef.Of("3229").ResolveIn(d02b, "NAD"), Is.EqualTo(new ElementPosition(7, 1)), "in C819 from D.02B on");
        Assert.That(ElementRef.Of("3229").ResolveIn(TestDirectories.Un("96B"), "NAD"), Is.EqualTo(new ElementPosition(7, 1)), "simple before");
        Assert.That(ElementRef.In("C246", "7361", 1, 3).ResolveIn(TestDirectories.Un("96B"), "CST"), Is.EqualTo(new ElementPosition(4, 1)));
        Assert.That(ElementRef.In("C503", "1060").ResolveIn(TestDirectories.Un("96B"), "DOC").Exists, Is.False, "C503 1060 came with D.02B");
        Assert.That(ElementRef.In("C503", "1060").ResolveIn(d02b, "DOC"), Is.EqualTo(new ElementPosition(2, 6)));
    }

    [Test]
    public void ResolveIn_segmentRefs_findTheirPositionsWhateverTheGroupNumbers()
    {
        var d95b = TestDirectories.Un("95B").Messages["CUSCAR"];
        var d96b = TestDirectories.Un("96B").Messages["CUSCAR"];
        var gid = SegmentRef.In(["CNI", "RFF"], "GID");

        Assert.That(gid.ResolveIn(d95b).Select(e => e.Position), Is.EqualTo(new[] { "0500" }));
        Assert.That(gid.ResolveIn(d96b).Select(e => e.Position), Is.EqualTo(new[] { "0600" }));
        Assert.That(SegmentRef.Top("NAD").ResolveIn(d95b).Select(e => e.Position), Is.EqualTo(new[] { "0050" }), "a plain segment in D.95B");
        Assert.That(SegmentRef.Top("NAD").ResolveIn(d96b).Select(e => e.Position), Is.EqualTo(new[] { "0080" }), "SG2's trigger in D.96B");
        Assert.That(GroupRef.Of("CNI", "RFF", "GID").ResolveIn(d95b).Select(g => g.Number), Is.EqualTo(new[] { 10 }));
        Assert.That(GroupRef.Of("CNI", "RFF", "GID").ResolveIn(d96b).Select(g => g.Number), Is.EqualTo(new[] { 14 }));
    }

    [Test]
    public void ResolveIn_ordinals_telltwoGroupsWithOneTriggerApart()
    {
        var paxlst = TestDirectories.Un("05B").Messages["PAXLST"];

        Assert.That(SegmentRef.Top("NAD").ResolveIn(paxlst).Select(e => e.Position), Is.EqualTo(new[] { "0060", "0160" }));
        Assert.That(SegmentRef.Top("NAD", 2).ResolveIn(paxlst).Select(e => e.Position), Is.EqualTo(new[] { "0160" }));
        Assert.That(SegmentRef.In(["NAD"], "COM").ResolveIn(paxlst).Select(e => e.Position), Is.EqualTo(new[] { "0080" }));
        Assert.That(SegmentRef.In([new GroupTrigger("NAD", 2)], "COM").ResolveIn(paxlst).Select(e => e.Position), Is.EqualTo(new[] { "0230" }));
        Assert.That(GroupRef.Of(new GroupTrigger("NAD", 2), "DOC").ResolveIn(paxlst).Select(g => g.Number), Is.EqualTo(new[] { 5 }));
        Assert.That(SegmentRef.In([new GroupTrigger("NAD", 2), "DOC"], "DTM").ResolveIn(paxlst).Select(e => e.Position), Is.EqualTo(new[] { "0290" }));
    }

    [TestCase("10AB")]
    [TestCase("C50")]
    [TestCase("")]
    public void Of_malformedTag_isRefused(string tag) => Assert.Throws<ArgumentException>(() => ElementRef.Of(tag));

    [Test]
    public void In_malformedComposite_isRefused() => Assert.Throws<ArgumentException>(() => ElementRef.In("1004", "1004"));
}
