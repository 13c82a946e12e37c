using System.Text;
using UniPass.Gateway.Messages.Edifact.Validation.Internal;

namespace UniPass.Gateway.Messages.Edifact.Tests.Validation;

/// <summary>DTM values against their UNCL 2379 format qualifier.</summary>
public sealed class DateTimeFormatsTests
{
    [TestCase("102", "20240229", true)]
    [TestCase("102", "20230229", false)]
    [TestCase("102", "2024013", false)]
    [TestCase("102", "2024O101", false)]
    [TestCase("101", "000229", true)]
    [TestCase("101", "010229", false)]
    [TestCase("2", "311299", true)]
    [TestCase("3", "123199", true)]
    [TestCase("3", "311299", false)]
    [TestCase("203", "202401012359", true)]
    [TestCase("203", "202401012400", true)]
    [TestCase("203", "202401012401", false)]
    [TestCase("203", "202401011260", false)]
    [TestCase("204", "20240101120059", true)]
    [TestCase("205", "202401011200+0100", true)]
    [TestCase("205", "202401011200*0100", false)]
    [TestCase("303", "202401011200UTC", true)]
    [TestCase("303", "202401011200+01", true)]
    [TestCase("303", "202401011200utc", false)]
    [TestCase("401", "2359", true)]
    [TestCase("401", "2360", false)]
    [TestCase("610", "202413", false)]
    [TestCase("718", "2024010120240131", true)]
    [TestCase("718", "20240101-20240131", false)]
    [TestCase("718", "2024010120240132", false)]
    [TestCase("718", "2024020120240101", false, TestName = "IsValid_periodEndingBeforeItStarts_isInvalid")]
    [TestCase("718", "2024010120240101", true, TestName = "IsValid_periodOfOneDay_isValid")]
    [TestCase("719", "202401011200202401011100", false, TestName = "IsValid_periodOfTimesEndingBeforeItStarts_isInvalid")]
    [TestCase("702", "20262025", false)]
    [TestCase("710", "202601202612", true)]
    [TestCase("710", "202613202614", false)]
    [TestCase("717", "991231000105", true, TestName = "IsValid_periodOfTwoDigitYears_isNotOrdered")]
    [TestCase("502", "220000020000", true, TestName = "IsValid_timeRangeOverMidnight_isNotOrdered")]
    [TestCase("4", "29022024", true)]
    [TestCase("4", "31022020", false)]
    [TestCase("5", "010120261260", false)]
    [TestCase("106", "0229", true, TestName = "IsValid_february29WithoutAYear_isValid")]
    [TestCase("106", "1332", false)]
    [TestCase("305", "12312359", true)]
    [TestCase("305", "12322359", false)]
    [TestCase("306", "312400", true)]
    [TestCase("501", "08001760", false)]
    [TestCase("709", "26012613", false)]
    [TestCase("999", "anything at all", true)]
    [TestCase("802", "3", true)]
    public void IsValid_valueAndFormatQualifier_matchesTheMask(string code, string value, bool valid)
    {
        Assert.That(DateTimeFormats.IsValid(Encoding.ASCII.GetBytes(code), Encoding.ASCII.GetBytes(value)), Is.EqualTo(valid));
    }

    [TestCase("102", "CCYYMMDD")]
    [TestCase("719", "CCYYMMDDHHMM-CCYYMMDDHHMM")]
    public void TryGetMask_checkableCode_givesTheDirectoryNotation(string code, string mask)
    {
        Assert.That(DateTimeFormats.TryGetMask(Encoding.ASCII.GetBytes(code), out var actual), Is.True);
        Assert.That(actual, Is.EqualTo(mask));
    }
}
