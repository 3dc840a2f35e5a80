"""licdesk team init --db postgresql://admin@host:port/dbname: create a team library's schema and roles."""

from __future__ import annotations

import argparse

from licdesk.cli import UserError, add_db_option


def register(subparsers: argparse._SubParsersAction) -> None:
    help_text = "团队库 (PostgreSQL) 的管理 (team library on PostgreSQL)"
    parser = subparsers.add_parser("team", help=help_text, description=help_text)
    actions = parser.add_subparsers(dest="team_command", metavar="ACTION", parser_class=type(parser))
    init_help = ("由管理员运行：建立团队库的表结构和三个角色 licdesk_administrator / licdesk_clerk / licdesk_reader "
                 "(run by an administrator: create the schema and the three roles)")
    init = actions.add_parser("init", help=init_help, description=init_help)
    add_db_option(init)
    init.set_defaults(handler=cmd_team_init)


def cmd_team_init(args: argparse.Namespace) -> int:
    import psycopg

    from licdesk.cli.core import team_library_given
    from licdesk.store import StoreError
    from licdesk.store.team.connect import connect
    from licdesk.store.team.location import TeamLibrary
    from licdesk.store.team.roles import ROLES, init_library

    url = team_library_given(args)
    if not url:
        raise UserError("team init 需要团队库地址：--db postgresql://管理员@服务器:端口/数据库 "
                        "(team init needs a team library: --db postgresql://admin@host:port/dbname)")
    try:
        library = TeamLibrary.parse(url)
        with connect(library) as connection:
            version = init_library(connection)
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    except psycopg.errors.InsufficientPrivilege as exc:
        raise UserError(f"只有团队库的管理员可以运行 team init；未作任何改动 "
                        f"(only an administrator of the server may run team init; nothing was changed): "
                        f"{library.describe()}") from exc
    print(f"团队库已就绪 (team library ready): {library.describe()}，结构版本 (schema) {version}，"
          f"角色 (roles) {', '.join(ROLES)}")
    return 0
