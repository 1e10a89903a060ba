using System.Text;

namespace Pamong.SocialProtection.Imports;

/// <summary>
/// Reads CSV rows one at a time (RFC 4180 quoting; the delimiter — comma, semicolon as Indonesian Excel writes, or
/// tab — is taken from the header line; a UTF-8 byte-order mark is skipped). Streams: a million rows never sit in memory.
/// </summary>
public static class CsvTable
{
    public static IEnumerable<string[]> Read(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var first = reader.ReadLine();
        if (first is null)
        {
            yield break;
        }

        var delimiter = first.Count(c => c == ';') > first.Count(c => c == ',') ? ';' : first.Contains('\t', StringComparison.Ordinal) && !first.Contains(',', StringComparison.Ordinal) ? '\t' : ',';
        var fields = new List<string>(32);
        var field = new StringBuilder(64);
        var line = first;
        while (line is not null)
        {
            fields.Clear();
            field.Clear();
            var quoted = false;
            var i = 0;
            while (true)
            {
                if (i == line.Length)
                {
                    if (quoted)
                    {
                        // A quoted field running over the line end: continue on the next line.
                        var next = reader.ReadLine();
                        if (next is null)
                        {
                            break;
                        }

                        field.Append('\n');
                        line = next;
                        i = 0;
                        continue;
                    }

                    break;
                }

                var c = line[i++];
                if (quoted)
                {
                    if (c == '"')
                    {
                        if (i < line.Length && line[i] == '"')
                        {
                            field.Append('"');
                            i++;
                        }
                        else
                        {
                            quoted = false;
                        }
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"' && field.Length == 0)
                {
                    quoted = true;
                }
                else if (c == delimiter)
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else
                {
                    field.Append(c);
                }
            }

            fields.Add(field.ToString());
            if (fields.Count > 1 || fields[0].Length > 0)
            {
                yield return fields.ToArray();
            }

            line = reader.ReadLine();
        }
    }
}
