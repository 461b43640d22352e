using System.Runtime.InteropServices;
using SQLitePCL;

namespace Ror.Client.Sync.Storage;

/// <summary>
/// Direct entry points into the SQLite library that <c>SQLitePCLRaw</c> itself loaded, for the statements the store
/// runs millions of times (bind, step, reset). Through <see cref="raw"/>, each call goes through the provider's
/// interface, takes and releases the statement's <see cref="SafeHandle"/>, and every text or blob is bound as
/// <c>SQLITE_TRANSIENT</c> (SQLite allocates and copies it). Called directly, with values that stay pinned until the
/// statement has run, SQLite reads them in place (<c>SQLITE_STATIC</c>).
/// </summary>
/// <remarks>
/// The entry points are used only when the provider is the bundled <c>e_sqlite3</c> and the library resolved here is
/// the very one the provider uses: both return the same address for the library's own version string. Otherwise
/// (another provider, SQLCipher, a system library), <see cref="Functions"/> is null and every call goes through
/// <see cref="raw"/>, as before.
/// </remarks>
internal static unsafe class SqliteNative
{
    /// <summary>SQLite's <c>SQLITE_STATIC</c>: the value stays valid and unchanged until the statement is reset or bound again.</summary>
    public static readonly IntPtr Static = IntPtr.Zero;

    /// <summary>SQLite's <c>SQLITE_TRANSIENT</c>: SQLite copies the value before the call returns.</summary>
    public static readonly IntPtr Transient = new(-1);

    private static readonly Lazy<NativeFunctions?> Resolved = new(Resolve, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The direct entry points, or null when the calls must go through <see cref="raw"/>.</summary>
    public static NativeFunctions? Functions => Resolved.Value;

    private static NativeFunctions? Resolve()
    {
        try
        {
            if (!string.Equals(raw.GetNativeLibraryName(), "e_sqlite3", StringComparison.Ordinal))
            {
                return null;
            }

            // The provider's own assembly resolves the library the way its P/Invokes do (its deps.json entry, then the
            // default probing): the same file, hence the same loaded library.
            var provider = typeof(SQLite3Provider_e_sqlite3).Assembly;
            if (!NativeLibrary.TryLoad("e_sqlite3", provider, null, out var library))
            {
                return null;
            }

            if (!TryExport(library, "sqlite3_sourceid", out var sourceId)
                || !TryExport(library, "sqlite3_bind_text", out var bindText)
                || !TryExport(library, "sqlite3_bind_blob", out var bindBlob)
                || !TryExport(library, "sqlite3_bind_int64", out var bindInt64)
                || !TryExport(library, "sqlite3_bind_double", out var bindDouble)
                || !TryExport(library, "sqlite3_bind_null", out var bindNull)
                || !TryExport(library, "sqlite3_step", out var step)
                || !TryExport(library, "sqlite3_reset", out var reset))
            {
                return null;
            }

            // Two copies of one library file loaded side by side would each have their own mutexes and allocator: the
            // statements of one must never reach the other. The version string is a constant of the library's image,
            // so its address tells the copies apart.
            var direct = ((delegate* unmanaged[Cdecl]<byte*>)sourceId)();
            byte* viaProvider;
            fixed (byte* text = raw.sqlite3_sourceid())
            {
                viaProvider = text;
            }

            if (direct == null || direct != viaProvider)
            {
                return null;
            }

            return new NativeFunctions(
                (delegate* unmanaged[Cdecl]<IntPtr, int, byte*, int, IntPtr, int>)bindText,
                (delegate* unmanaged[Cdecl]<IntPtr, int, byte*, int, IntPtr, int>)bindBlob,
                (delegate* unmanaged[Cdecl]<IntPtr, int, long, int>)bindInt64,
                (delegate* unmanaged[Cdecl]<IntPtr, int, double, int>)bindDouble,
                (delegate* unmanaged[Cdecl]<IntPtr, int, int>)bindNull,
                (delegate* unmanaged[Cdecl]<IntPtr, int>)step,
                (delegate* unmanaged[Cdecl]<IntPtr, int>)reset);
        }
        catch (Exception exception) when (exception is DllNotFoundException or BadImageFormatException or EntryPointNotFoundException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    private static bool TryExport(IntPtr library, string name, out IntPtr address) =>
        NativeLibrary.TryGetExport(library, name, out address) && address != IntPtr.Zero;

    /// <summary>The resolved entry points of one library.</summary>
    internal sealed class NativeFunctions(
        delegate* unmanaged[Cdecl]<IntPtr, int, byte*, int, IntPtr, int> bindText,
        delegate* unmanaged[Cdecl]<IntPtr, int, byte*, int, IntPtr, int> bindBlob,
        delegate* unmanaged[Cdecl]<IntPtr, int, long, int> bindInt64,
        delegate* unmanaged[Cdecl]<IntPtr, int, double, int> bindDouble,
        delegate* unmanaged[Cdecl]<IntPtr, int, int> bindNull,
        delegate* unmanaged[Cdecl]<IntPtr, int> step,
        delegate* unmanaged[Cdecl]<IntPtr, int> reset)
    {
        public int BindText(IntPtr statement, int index, byte* value, int length, IntPtr destructor) => bindText(statement, index, value, length, destructor);

        public int BindBlob(IntPtr statement, int index, byte* value, int length, IntPtr destructor) => bindBlob(statement, index, value, length, destructor);

        public int BindInt64(IntPtr statement, int index, long value) => bindInt64(statement, index, value);

        public int BindDouble(IntPtr statement, int index, double value) => bindDouble(statement, index, value);

        public int BindNull(IntPtr statement, int index) => bindNull(statement, index);

        public int Step(IntPtr statement) => step(statement);

        public int Reset(IntPtr statement) => reset(statement);
    }
}
