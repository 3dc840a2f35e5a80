"""A throwaway PostgreSQL cluster for the tests: started in a temporary folder, stopped and removed at the end.

    python tools/pg_cluster.py -- make test

starts PostgreSQL 15 on a Unix socket inside a fresh temporary folder (no TCP port is opened), creates
the database `licdesk_test`, runs the command with LICDESK_TEST_PG set to its URL, then stops the
server and removes the folder, whatever the command did.  The exit status is the command's.

PostgreSQL refuses to run as root, so under root the server runs as the `postgres` user (Debian's
postgresql-15 package creates it: `apt-get install postgresql-15`).  Authentication is `trust` on that
socket only: the folder is readable by nobody else, and it is gone when the command ends.
"""

from __future__ import annotations

import argparse
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SERVER_USER = "postgres"
DATABASE = "licdesk_test"
PORT = 5432  # only names the socket file (.s.PGSQL.5432) inside the private folder; no TCP listener


def find_bin_dir() -> Path | None:
    """The folder of initdb/pg_ctl: PG_BIN if set, else Debian's postgresql-15, else initdb on PATH."""
    candidates = [os.environ.get("PG_BIN", ""), "/usr/lib/postgresql/15/bin"]
    found = shutil.which("initdb")
    if found:
        candidates.append(str(Path(found).parent))
    for candidate in candidates:
        if candidate and (Path(candidate) / "initdb").is_file() and (Path(candidate) / "pg_ctl").is_file():
            return Path(candidate)
    return None


def what_is_missing() -> str:
    """Why no server can be started here, or '' when one can."""
    if find_bin_dir() is None:
        return "PostgreSQL 15 is not installed (apt-get install postgresql-15)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            return f"running as root needs the '{SERVER_USER}' user (apt-get install postgresql-15)"
    return ""


class Cluster:
    """One server in its own folder: data directory, socket and log side by side."""

    def __init__(self, bin_dir: Path, durable: bool = False) -> None:
        self.bin_dir = bin_dir
        self.durable = durable  # a server as an office runs it (fsync on), for benchmarks; tests need none
        self.folder = Path(tempfile.mkdtemp(prefix="licdesk-pg-"))
        self.data = self.folder / "data"
        self.socket_dir = self.folder
        self.log = self.folder / "server.log"
        self.as_root = os.geteuid() == 0
        self.user = SERVER_USER if self.as_root else pwd.getpwuid(os.geteuid()).pw_name

    @property
    def url(self) -> str:
        # libpq reads a folder in host= as the socket directory.
        return f"postgresql://{self.user}@/{DATABASE}?host={self.socket_dir}&port={PORT}"

    def _run(self, *argv: str) -> None:
        command = [str(self.bin_dir / argv[0]), *argv[1:]]
        if self.as_root:
            command = ["runuser", "-u", SERVER_USER, "--", *command]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=self.folder)

    def start(self) -> None:
        if self.as_root:
            entry = pwd.getpwnam(SERVER_USER)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        os.chmod(self.folder, 0o700)
        self._run("initdb", "-D", str(self.data), "-U", self.user, "--auth=trust",
                  "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
        options = f"-c listen_addresses='' -c unix_socket_directories='{self.socket_dir}' -p {PORT}"
        if not self.durable:  # a throwaway server for tests: no need to survive a power cut
            options += " -c fsync=off -c full_page_writes=off -c synchronous_commit=off"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start")
        self._run("createdb", "-h", str(self.socket_dir), "-p", str(PORT), "-U", self.user, DATABASE)

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether a server can be started here")
    parser.add_argument("--durable", action="store_true",
                        help="keep PostgreSQL's durability settings (fsync, synchronous commit), as for benchmarks")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="the command to run (after --)")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    problem = what_is_missing()
    if problem:
        print(f"pg_cluster: {problem}", file=sys.stderr)
        return 3
    if args.check:
        return 0
    if not command:
        parser.error("give the command to run after --")
    bin_dir = find_bin_dir()
    assert bin_dir is not None
    cluster = Cluster(bin_dir, durable=args.durable)
    try:
        try:
            cluster.start()
        except (subprocess.CalledProcessError, OSError) as exc:
            print(f"pg_cluster: the server did not start ({exc}); log: {cluster.log}", file=sys.stderr)
            if cluster.log.exists():
                sys.stderr.write(cluster.log.read_text(errors="replace")[-2000:])
            return 3
        environment = dict(os.environ, LICDESK_TEST_PG=cluster.url)
        return subprocess.run(command, env=environment).returncode
    finally:
        cluster.stop()


if __name__ == "__main__":
    sys.exit(main())
