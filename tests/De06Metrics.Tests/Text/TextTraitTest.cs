using System.Reflection;
using System.Text.RegularExpressions;

namespace De06Metrics.Tests.Text;

/// <summary>
/// The tests that write or read language text carry <c>[Trait("Category", "Text")]</c>: the invariant-globalization
/// project compiles every test of this project and runs only that trait, so a text test without it would silently
/// not run without ICU. A test class is a text test when a file of it lies in <c>Text/</c> or <c>Measures/</c>, or is
/// named <c>*Test.Formatting.cs</c>, <c>*Test.Parsing.cs</c>, <c>*Test.Sentences.cs</c>, <c>*Test.Describe.cs</c> or
/// <c>*Test.PseudoLanguage.cs</c>.
/// </summary>
[Trait("Category", "Text")]
public sealed partial class TextTraitTest
{
    private static readonly string[] TextFileSuffixes =
        ["Test.Formatting.cs", "Test.Parsing.cs", "Test.Sentences.cs", "Test.Describe.cs", "Test.PseudoLanguage.cs"];

    private static readonly string[] TextFolders = ["Text", "Measures"];

    [Fact]
    public void Every_test_class_in_the_text_areas_carries_the_text_trait()
    {
        var root = TestSources();
        var assembly = typeof(TextTraitTest).Assembly;
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith("bin/", StringComparison.Ordinal) && !path.StartsWith("obj/", StringComparison.Ordinal))
            .Where(IsTextFile)
            .ToList();
        files.Should().Contain("Text/LanguageTest.cs", "the rule must see the text tests");

        var missing = new List<string>();
        foreach (var file in files)
        {
            var source = File.ReadAllText(Path.Combine(root, file));
            var space = Namespace().Match(source).Groups[1].Value;
            foreach (Match declaration in ClassDeclaration().Matches(source))
            {
                var type = assembly.GetType($"{space}.{declaration.Groups[1].Value}");
                if (type is not null && HasTests(type) && !IsTextTest(type))
                {
                    missing.Add($"{type.FullName} ({file})");
                }
            }
        }

        missing.Should().BeEmpty("a test class that writes or reads language text carries [Trait(\"Category\", \"Text\")], or the invariant-globalization run leaves it out");
    }

    [Fact]
    public void The_invariant_globalization_project_selects_the_text_trait()
    {
        var project = File.ReadAllText(Path.Combine(TestSources(), "..", "De06Metrics.Tests.InvariantGlobalization", "De06Metrics.Tests.InvariantGlobalization.csproj"));

        project.Should().Contain("<VSTestTestCaseFilter>Category=Text&amp;Category!=NeedsIcu</VSTestTestCaseFilter>");
    }

    private static bool IsTextFile(string path) =>
        TextFolders.Any(folder => path.StartsWith(folder + "/", StringComparison.Ordinal)) ||
        TextFileSuffixes.Any(suffix => path.EndsWith(suffix, StringComparison.Ordinal));

    private static bool HasTests(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Any(method => method.GetCustomAttributes<FactAttribute>(inherit: true).Any());

    private static bool IsTextTest(Type type) =>
        type.GetCustomAttributesData().Any(attribute =>
            attribute.AttributeType == typeof(TraitAttribute) &&
            attribute.ConstructorArguments is [{ Value: "Category" }, { Value: "Text" }]);

    /// <summary>The folder of this project's sources, found above the test binaries beside De06Metrics.sln.</summary>
    private static string TestSources()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "De06Metrics.sln")))
            {
                return Path.Combine(folder.FullName, "tests", "De06Metrics.Tests");
            }
        }

        throw new DirectoryNotFoundException($"No De06Metrics.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"^(?:public|internal)\s+(?:(?:sealed|static|partial|abstract)\s+)*class\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex ClassDeclaration();
}
