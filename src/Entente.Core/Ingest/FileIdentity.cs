using Mono.Unix.Native;

namespace Entente.Core.Ingest;

/// <summary>What a path is once links are followed.</summary>
public enum FileKind { Regular, Directory, Fifo, CharacterDevice, BlockDevice, Socket, Other }

/// <summary>
/// A file's identity (device and inode, after following links) and kind: two paths to one file or
/// folder have the same identity, which is how the input walk reads each file once and ends on link loops.
/// </summary>
public readonly record struct FileIdentity(ulong Device, ulong Inode, FileKind Kind)
{
    /// <summary>The identity of what the path names, following links; null when nothing is there.</summary>
    public static FileIdentity? Of(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            return Directory.Exists(path) ? new(0, (ulong)Path.GetFullPath(path).GetHashCode(), FileKind.Directory)
                : File.Exists(path) ? new(0, (ulong)Path.GetFullPath(path).GetHashCode(), FileKind.Regular) : null;
        if (Syscall.stat(path, out var status) != 0) return null;
        var kind = (status.st_mode & FilePermissions.S_IFMT) switch
        {
            FilePermissions.S_IFREG => FileKind.Regular,
            FilePermissions.S_IFDIR => FileKind.Directory,
            FilePermissions.S_IFIFO => FileKind.Fifo,
            FilePermissions.S_IFCHR => FileKind.CharacterDevice,
            FilePermissions.S_IFBLK => FileKind.BlockDevice,
            FilePermissions.S_IFSOCK => FileKind.Socket,
            _ => FileKind.Other,
        };
        return new FileIdentity(status.st_dev, status.st_ino, kind);
    }
}
