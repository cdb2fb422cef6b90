"""SSHSIG signatures (pipeline.core.signing): ours verify with ssh-keygen, ssh-keygen's verify with ours, through a key file or ssh-agent."""

from __future__ import annotations

import base64
import os
import signal
import struct
import subprocess
import time
from pathlib import Path

import pytest

from pipeline.core.errors import ReviewError
from pipeline.core.signing import (
    NAMESPACE,
    AgentSigner,
    FileSigner,
    agent_keys,
    armored,
    find_signer,
    parse_public_key,
    sign,
    signing_key,
    verify,
)

KEY_TYPES = {"ed25519": ["-t", "ed25519"], "ecdsa": ["-t", "ecdsa", "-b", "256"], "rsa": ["-t", "rsa", "-b", "2048"]}
STATEMENT = b'{"action":"approve","english_sha256":"ab"}\n'


def make_key(folder: Path, name: str, kind: str = "ed25519") -> Path:
    path = folder / name
    subprocess.run(["ssh-keygen", *KEY_TYPES[kind], "-N", "", "-C", name, "-q", "-f", str(path)], check=True)
    return path


def ssh_keygen_verifies(folder: Path, public: str, statement: bytes, signature: str,
                        identity: str = "jchen", namespace: str = NAMESPACE) -> bool:
    (folder / "allowed_signers").write_text(f"{identity} {public}\n", encoding="utf-8")
    (folder / "statement.sig").write_text(armored(signature), encoding="ascii")
    result = subprocess.run(["ssh-keygen", "-Y", "verify", "-f", str(folder / "allowed_signers"), "-I", identity,
                             "-n", namespace, "-s", str(folder / "statement.sig")],
                            input=statement, capture_output=True, check=False)
    return result.returncode == 0


@pytest.mark.parametrize("kind", sorted(KEY_TYPES))
def test_ssh_keygen_verifies_our_signature_and_refuses_other_words(tmp_path: Path, kind: str):
    key = make_key(tmp_path, "jchen", kind)
    signature = sign(STATEMENT, FileSigner.load(key))
    public = key.with_suffix(".pub").read_text(encoding="utf-8")
    assert ssh_keygen_verifies(tmp_path, public, STATEMENT, signature)
    assert not ssh_keygen_verifies(tmp_path, public, STATEMENT.replace(b"ab", b"ac"), signature)
    assert not ssh_keygen_verifies(tmp_path, public, STATEMENT, signature, namespace="git")
    listed = parse_public_key(public)
    assert verify(STATEMENT, signature, listed)
    assert not verify(STATEMENT.replace(b"ab", b"ac"), signature, listed)
    assert signing_key(signature) == listed


@pytest.mark.parametrize("kind", sorted(KEY_TYPES))
def test_we_verify_what_ssh_keygen_signs(tmp_path: Path, kind: str):
    key = make_key(tmp_path, "jchen", kind)
    (tmp_path / "statement").write_bytes(STATEMENT)
    subprocess.run(["ssh-keygen", "-Y", "sign", "-q", "-f", str(key), "-n", NAMESPACE, str(tmp_path / "statement")],
                   check=True, capture_output=True)
    armour = (tmp_path / "statement.sig").read_text(encoding="ascii").splitlines()
    signature = "".join(armour[1:-1])
    listed = parse_public_key(key.with_suffix(".pub").read_text(encoding="utf-8"))
    assert verify(STATEMENT, signature, listed)
    assert not verify(STATEMENT, signature, listed, namespace="git")
    other = parse_public_key(make_key(tmp_path, "other", kind).with_suffix(".pub").read_text(encoding="utf-8"))
    assert not verify(STATEMENT, signature, other)


def test_a_signature_under_another_key_or_garbage_does_not_verify(tmp_path: Path):
    mine, theirs = make_key(tmp_path, "jchen"), make_key(tmp_path, "mlopez")
    signature = sign(STATEMENT, FileSigner.load(theirs))
    listed = parse_public_key(mine.with_suffix(".pub").read_text(encoding="utf-8"))
    assert not verify(STATEMENT, signature, listed)
    assert not verify(STATEMENT, "not base64!", listed)
    assert not verify(STATEMENT, "", listed)


@pytest.mark.parametrize("text, problem", [
    ("", "must be an OpenSSH public key"),
    ("ssh-dss AAAAB3NzaC1kc3MAAACBAP", "is not one leaflets verifies"),
    ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIbroken", "is not a valid ssh-ed25519 public key"),
])
def test_a_listed_key_that_is_not_a_key_is_refused(text: str, problem: str):
    with pytest.raises(ValueError, match=problem):
        parse_public_key(text)


def test_a_key_with_a_passphrase_asks_for_the_agent(tmp_path: Path):
    path = tmp_path / "locked"
    subprocess.run(["ssh-keygen", "-t", "ed25519", "-N", "secret words", "-q", "-f", str(path)], check=True)
    with pytest.raises(ReviewError, match="has a passphrase: add it to ssh-agent"):
        FileSigner.load(path)


def test_find_signer_refuses_a_key_file_that_is_not_the_listed_key(tmp_path: Path, monkeypatch):
    monkeypatch.delenv("SSH_AUTH_SOCK", raising=False)
    monkeypatch.delenv("LEAFLETS_SIGNING_KEY", raising=False)
    mine, theirs = make_key(tmp_path, "jchen"), make_key(tmp_path, "mlopez")
    listed = parse_public_key(mine.with_suffix(".pub").read_text(encoding="utf-8"))
    with pytest.raises(ReviewError, match="is not the key listed for jchen"):
        find_signer("jchen", listed, theirs)
    monkeypatch.setenv("LEAFLETS_SIGNING_KEY", str(theirs))
    with pytest.raises(ReviewError, match="is not the key listed for jchen"):
        find_signer("jchen", listed)
    monkeypatch.setenv("LEAFLETS_SIGNING_KEY", str(mine))
    assert find_signer("jchen", listed).public_key == listed
    monkeypatch.delenv("LEAFLETS_SIGNING_KEY")
    with pytest.raises(ReviewError, match="no signing key for jchen"):
        find_signer("jchen", listed)
    with pytest.raises(ReviewError, match="has no key"):
        find_signer("jchen", None)


def test_the_key_ssh_keygen_made_in_its_usual_place_signs_without_being_named(tmp_path: Path, monkeypatch):
    """docs/review.md has a reviewer run ssh-keygen -t ed25519: its ~/.ssh/id_ed25519 needs no --key, when it is
    the key listed; another key there is not used."""
    monkeypatch.delenv("SSH_AUTH_SOCK", raising=False)
    monkeypatch.delenv("LEAFLETS_SIGNING_KEY", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / ".ssh").mkdir()
    usual = make_key(tmp_path / ".ssh", "id_ed25519")
    listed = parse_public_key(usual.with_suffix(".pub").read_text(encoding="utf-8"))
    signer = find_signer("jchen", listed)
    assert signer.public_key == listed and isinstance(signer, FileSigner) and signer.path == usual
    someone_else = parse_public_key(make_key(tmp_path, "mlopez").with_suffix(".pub").read_text(encoding="utf-8"))
    with pytest.raises(ReviewError, match="no signing key for mlopez"):
        find_signer("mlopez", someone_else)
    # the key made again, its old .pub left beside it: not signed with, though the .pub is the one listed
    (tmp_path / "again").mkdir()
    usual.write_bytes(make_key(tmp_path / "again", "id_ed25519").read_bytes())
    with pytest.raises(ReviewError, match="is not the key listed for jchen"):
        find_signer("jchen", listed)


def test_a_public_key_given_for_the_private_one_says_so(tmp_path: Path):
    public = make_key(tmp_path, "jchen").with_suffix(".pub")
    with pytest.raises(ReviewError, match="this is a public key: give the private key file beside it"):
        FileSigner.load(public)


@pytest.fixture
def agent(tmp_path: Path):
    """A real ssh-agent on a socket in tmp_path, stopped by its process id afterwards."""
    socket_path = str(tmp_path / "agent.sock")
    process = subprocess.Popen(["ssh-agent", "-D", "-a", socket_path], stdout=subprocess.DEVNULL)
    for _ in range(200):
        if os.path.exists(socket_path):
            break
        time.sleep(0.01)
    yield socket_path
    os.kill(process.pid, signal.SIGTERM)
    process.wait()


@pytest.mark.parametrize("kind", sorted(KEY_TYPES))
def test_ssh_agent_signs_and_ssh_keygen_verifies(tmp_path: Path, agent: str, monkeypatch, kind: str):
    key = make_key(tmp_path, "jchen", kind)
    subprocess.run(["ssh-add", "-q", str(key)], check=True, env={**os.environ, "SSH_AUTH_SOCK": agent},
                   capture_output=True)
    public = key.with_suffix(".pub").read_text(encoding="utf-8")
    listed = parse_public_key(public)
    assert agent_keys(agent) == [listed]
    monkeypatch.setenv("SSH_AUTH_SOCK", agent)
    monkeypatch.delenv("LEAFLETS_SIGNING_KEY", raising=False)
    signer = find_signer("jchen", listed)
    assert isinstance(signer, AgentSigner)
    signature = sign(STATEMENT, signer)
    assert ssh_keygen_verifies(tmp_path, public, STATEMENT, signature)
    assert verify(STATEMENT, signature, listed)
    other = parse_public_key(make_key(tmp_path, "mlopez").with_suffix(".pub").read_text(encoding="utf-8"))
    with pytest.raises(ReviewError, match="no signing key for mlopez"):
        find_signer("mlopez", other)


def _reencoded(public: str) -> str:
    """The same RSA key written another way: its modulus with one more leading zero byte (a valid mpint)."""
    kind, body, *_ = public.split()
    blob, parts, at = base64.b64decode(body), [], 0
    while at < len(blob):
        size = struct.unpack(">I", blob[at:at + 4])[0]
        parts.append(blob[at + 4:at + 4 + size])
        at += 4 + size
    parts[2] = b"\x00" + parts[2]  # ssh-rsa: the type, e, n
    return f"{kind} {base64.b64encode(b''.join(struct.pack('>I', len(p)) + p for p in parts)).decode()}"


def test_a_key_written_another_way_than_ssh_keygen_writes_it_is_refused(tmp_path: Path):
    """One person listed twice, as 'anna' and as 'bob', under two encodings of one RSA key, could
    approve their own edit: only the encoding ssh-keygen writes is accepted."""
    public = make_key(tmp_path, "anna", "rsa").with_suffix(".pub").read_text(encoding="utf-8").strip()
    other = _reencoded(public)
    assert other != public and parse_public_key(public)
    with pytest.raises(ValueError, match="not written as ssh-keygen writes it"):
        parse_public_key(other)
    result = subprocess.run(["ssh-keygen", "-l", "-f", "/dev/stdin"], input=other.encode(), capture_output=True,
                            check=False)
    assert result.returncode == 0  # a key OpenSSH itself would read: the refusal is leaflets' own
