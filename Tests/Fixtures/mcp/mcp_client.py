"""Drives `entitlements serve` with the official MCP Python SDK, as an assistant would.

Usage: python3 mcp_client.py ENTITLEMENTS_BINARY [TRANSCRIPT_DIR]

It initializes, lists the tools, calls every tool with a valid example, makes one failing call and
pings. It exits non-zero, naming the fault, if any step does not behave as PROTOCOL.md says. With
TRANSCRIPT_DIR it also records the exact bytes the SDK sent (sdk-session.jsonl), which the Swift
test MCPSessionTests replays.
"""
import asyncio
import json
import os
import sys

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

EXAMPLES = {
    "kinship.allowance": {"dateOfBirth": "2014-09-03", "region": "london", "from": "2025-04-01", "to": "2026-03-31"},
    "leavingCare.grant": {"on": "2025-06-01"},
    "apprenticeship.bursary": {"dateOfBirth": "2001-06-15", "start": "2023-09-01", "end": "2027-08-31"},
    "stayingPut.funding": {"dateOfBirth": "2006-05-10", "region": "south-east", "from": "2025-04-01", "to": "2026-03-31"},
    "prescription.exemption": {"dateOfBirth": "2003-06-10", "on": "2025-10-01", "careLeaver": True},
    "assess": {"dateOfBirth": "2011-06-20", "on": "2025-10-01", "region": "london"},
    "compare": {"method": "leavingCare.grant", "params": {"on": "2025-06-01"}},
}


def fail(message):
    print("mcp_client: " + message, file=sys.stderr)
    sys.exit(1)


async def main(binary, transcript):
    command, args = binary, ["serve"]
    if transcript:
        # Record what crosses the pipe, byte for byte.
        command = "/bin/sh"
        args = ["-c", 'tee "$1/sdk-session.jsonl" | "$2" serve', "sh", transcript, binary]
    server = StdioServerParameters(command=command, args=args)
    async with stdio_client(server) as (read, write):
        async with ClientSession(read, write) as session:
            init = await session.initialize()
            if init.server_info.name != "entitlements":
                fail("server_info.name is %r" % init.server_info.name)
            tools = (await session.list_tools()).tools
            names = sorted(tool.name for tool in tools)
            if names != sorted(EXAMPLES):
                fail("tools are %r, expected %r" % (names, sorted(EXAMPLES)))
            for tool in tools:
                if tool.input_schema.get("type") != "object" or not tool.output_schema:
                    fail("tool %s lacks an object inputSchema or an outputSchema" % tool.name)
                result = await session.call_tool(tool.name, EXAMPLES[tool.name])
                if result.is_error or not result.structured_content or not result.content:
                    fail("tool %s failed: %r" % (tool.name, result))
            bad = await session.call_tool("leavingCare.grant", {"on": "2025-13-01"})
            if not bad.is_error or "/params/arguments/on" not in json.dumps(bad.structured_content):
                fail("a bad date is not an error result naming the field: %r" % bad)
            await session.send_ping()
    print("mcp_client: %d tools called, a failing call and a ping: all as PROTOCOL.md says" % len(tools))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None))
