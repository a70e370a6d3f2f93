#!/usr/bin/env python3
"""Fails when two headers define a class or struct of the same qualified name.

The programs link several static libraries (the sandbox, the reference server, the seller's
client and debugger, the console); two different types with one name break the one-definition
rule silently: the linker keeps one copy of their inline functions, and the other type's code
runs with the wrong layout. A sandbox record called DebugRun and the debugger's DebugRun once
crashed the benchmark that way. Headers are where such types meet, so every header's
namespace-scope definitions are collected with their namespace and compared.
"""
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else '.'
folders = ['app', 'ui', 'models', 'resources', 'tests/support']
definition = re.compile(r'^(?:class|struct)\s+([A-Za-z_]\w*)(?:\s+final)?\s*(?::[^;{]*)?(\{.*)?$')
opening = re.compile(r'^namespace\s+([A-Za-z_][\w:]*)?\s*\{')
closing = re.compile(r'^\}\s*//\s*namespace')

seen = {}
for folder in folders:
    for base, _, files in os.walk(os.path.join(root, folder)):
        for name in files:
            if not name.endswith('.h'):
                continue
            path = os.path.join(base, name)
            stack = []
            with open(path, encoding='utf-8') as f:
                lines = f.read().split('\n')
            for i, line in enumerate(lines):
                m = opening.match(line)
                if m:
                    stack.append(m.group(1) or '(anonymous)')
                    continue
                if closing.match(line) and stack:
                    stack.pop()
                    continue
                m = definition.match(line)
                if not m:
                    continue
                # A definition, not a declaration: a brace on this line or the next.
                following = lines[i + 1].strip() if i + 1 < len(lines) else ''
                if not m.group(2) and not following.startswith('{'):
                    continue
                qualified = '::'.join(stack + [m.group(1)])
                seen.setdefault(qualified, []).append(os.path.relpath(path, root))

clashes = {k: v for k, v in seen.items() if len(v) > 1}
for name, paths in sorted(clashes.items()):
    print(f'{name} is defined in more than one header: {", ".join(paths)}')
print(f'{len(seen)} types in headers, {len(clashes)} defined twice')
sys.exit(1 if clashes else 0)
