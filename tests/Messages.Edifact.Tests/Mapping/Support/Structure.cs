using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Tests.Support;
using UniPass.Gateway.Messages.Edifact.Validation;

namespace UniPass.Gateway.Messages.Edifact.Tests.Mapping.Support;

/// <summary>Walks each message of an interchange through its directory's segment table and lists what the table says.</summary>
internal static class Structure
{
    public static List<string> Findings(byte[] interchange)
    {
        var findings = new List<string>();
        foreach (var message in RawSegments.Messages(interchange))
        {
            var unh = message[0];
            var directory = TestDirectories.Catalog.TryGet(new DirectoryId(unh.At(2, 4), unh.At(2, 2), unh.At(2, 3)), out var d)
                ? d : throw new InvalidOperationException($"no directory {unh.At(2, 2)}.{unh.At(2, 3)}");
            var walker = new SegmentTableWalker(SegmentTable.Compile(directory.Messages[unh.At(2, 1)]));
            walker.Reset();
            foreach (var segment in message)
            {
                var match = walker.Advance(System.Text.Encoding.ASCII.GetBytes(segment.Tag));
                foreach (var f in walker.Findings)
                {
                    findings.Add($"{segment.Tag}: {f.Kind} {f.Entry?.Position}");
                }

                if (match != SegmentMatch.Matched && walker.Findings.Length == 0)
                {
                    findings.Add($"{segment.Tag}: {match}");
                }
            }

            walker.Complete();
            foreach (var f in walker.Findings)
            {
                findings.Add($"end: {f.Kind} {f.Entry?.Position}");
            }
        }

        return findings;
    }
}
