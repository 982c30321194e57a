#!/usr/bin/env python3
"""Adds lock-file entries for @swc/core's platform packages that the registry this project
installs from does not serve (darwin, win32, and three rare linux targets). npm records only the
platform packages it could resolve, and `npm ci` then refuses the lock as out of sync. The
entries carry os/cpu, so npm skips them on every other platform without fetching anything.
Run after `npm install` changes package-lock.json: python3 scripts/lockOptionalPlatforms.py"""
import json

TARGETS = {
    'darwin-arm64': ('darwin', 'arm64', None),
    'darwin-x64': ('darwin', 'x64', None),
    'linux-arm-gnueabihf': ('linux', 'arm', None),
    'linux-ppc64-gnu': ('linux', 'ppc64', 'glibc'),
    'linux-s390x-gnu': ('linux', 's390x', 'glibc'),
    'win32-arm64-msvc': ('win32', 'arm64', None),
    'win32-ia32-msvc': ('win32', 'ia32', None),
    'win32-x64-msvc': ('win32', 'x64', None),
}

with open('package-lock.json') as f:
    lock = json.load(f)
packages = lock['packages']
version = packages['node_modules/@swc/core']['version']
for target, (os_name, cpu, libc) in TARGETS.items():
    key = f'node_modules/@swc/core-{target}'
    entry = {'version': version, 'cpu': [cpu], 'dev': True, 'license': 'Apache-2.0 AND MIT', 'optional': True, 'os': [os_name], 'engines': {'node': '>=10'}}
    if libc:
        entry['libc'] = [libc]
    packages.setdefault(key, entry)
lock['packages'] = dict(sorted(packages.items(), key=lambda kv: (kv[0] != '', kv[0])))
with open('package-lock.json', 'w') as f:
    json.dump(lock, f, indent=2)
    f.write('\n')
