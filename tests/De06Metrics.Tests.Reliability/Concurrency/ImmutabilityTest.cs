using System.Reflection;
using System.Runtime.CompilerServices;
using De06Metrics.Text;

namespace De06Metrics.Tests.Reliability.Concurrency;

/// <summary>
/// Shared objects are safe across threads only if nothing in them can change. Reflection over the whole assembly:
/// no public type has a public setter or a public writable field, and no type has a writable static field.
/// </summary>
public class ImmutabilityTest
{
    private static readonly Assembly Library = typeof(Language).Assembly;

    [Fact]
    public void No_public_type_exposes_a_settable_property_or_a_writable_field()
    {
        var offenders = new List<string>();
        foreach (var type in Library.GetExportedTypes())
        {
            const BindingFlags everyPublic = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            offenders.AddRange(type.GetProperties(everyPublic)
                .Where(property => property.SetMethod is { IsPublic: true })
                .Select(property => $"{type.FullName}.{property.Name} has a public setter"));
            offenders.AddRange(type.GetFields(everyPublic)
                .Where(field => !field.IsInitOnly && !field.IsLiteral && !type.IsEnum)
                .Select(field => $"{type.FullName}.{field.Name} is a public writable field"));
        }

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void Every_static_field_in_the_library_is_readonly()
    {
        var offenders = Library.GetTypes()
            .Where(type => !IsCompilerGenerated(type))
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(field => !field.IsInitOnly && !field.IsLiteral && !IsCompilerGenerated(field))
                .Select(field => $"{type.FullName}.{field.Name}"))
            .ToArray();

        offenders.Should().BeEmpty("mutable static state would be shared by every thread and every caller");
    }

    [Fact]
    public void The_check_sees_the_library_not_an_empty_assembly()
    {
        Library.GetExportedTypes().Length.Should().BeGreaterThan(50);
        Library.GetTypes().SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Should().Contain(field => field.IsInitOnly, "the library does keep readonly static data, which the check must see");
    }

    // Lambda caches (<>c.<>9__0_0) and generated regex runners are the compiler's, written once and only as caches.
    private static bool IsCompilerGenerated(MemberInfo member) =>
        member.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false)
        || member.Name.Contains('<', StringComparison.Ordinal)
        || (member.DeclaringType is { } declaring && IsCompilerGenerated(declaring))
        || member.GetCustomAttribute<System.CodeDom.Compiler.GeneratedCodeAttribute>() is not null;
}
