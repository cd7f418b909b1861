"""The web app in a real browser: the system's Chromium, headless, driven through chromedriver (Selenium).

Upload through the page, wait for the result, check the highlighted cells and the
marked sentence, download the commented Word copy; screenshots are saved as
artefacts (under pytest's temporary folder, or $REPORTLINT_ARTEFACTS). Skipped with
the reason when Chromium, chromedriver or Selenium is missing (.ci/run installs them).
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import pytest
from office_fixtures import docx_report
from serve_helpers import running
from template_fixture import TEMPLATE, filled_template
from test_formats import HOSTILE

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
CHROMEDRIVER = shutil.which("chromedriver")
try:
    import selenium
except ImportError:
    selenium = None

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None or selenium is None,
    reason="needs Chromium and chromedriver from the OS (apt-get install chromium chromium-driver) and selenium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars"]


@pytest.fixture(scope="module")
def base():
    with running() as url:
        yield url


@pytest.fixture
def artefacts(tmp_path) -> Path:
    folder = Path(os.environ.get("REPORTLINT_ARTEFACTS") or tmp_path / "artefacts")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def browser(tmp: Path, name: str, width: int = 1280):
    """A fresh Chromium (its own profile: its own cookies, cache and downloads)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    downloads = tmp / f"{name}-downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in [*FLAGS, f"--user-data-dir={tmp / (name + '-profile')}", f"--window-size={width},900"]:
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    driver.downloads = downloads
    return driver


def upload(driver, base: str, path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(base + "/")
    driver.find_element(By.CSS_SELECTOR, "input[type=file][name=file]").send_keys(str(path))
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(driver, 60).until(ec.presence_of_element_located((By.TAG_NAME, "h1")))
    WebDriverWait(driver, 60).until(lambda d: "/check" in d.current_url and d.execute_script(
        "return document.readyState") == "complete")


def full_screenshot(driver, path: Path, width: int) -> tuple[int, int]:
    """The whole page as one PNG; returns its size in CSS pixels."""
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    height = int(metrics["cssContentSize"]["height"]) + 20
    driver.set_window_size(width, min(height + 140, 16000))  # the window's frame is not part of the page
    driver.save_screenshot(str(path))
    return width, height


def wait_for_file(folder: Path, suffix: str, timeout: float = 30) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = [p for p in folder.iterdir() if p.name.endswith(suffix)]
        if done:
            return done[0]
        time.sleep(0.2)
    raise AssertionError(f"no {suffix} downloaded into {folder}: {list(folder.iterdir())}")


@pytest.mark.skipif(not TEMPLATE.is_file(), reason="no shared corpus (the official template)")
def test_filled_official_template_in_chromium(base, tmp_path, artefacts):
    """Acceptance: the official template filled with two mistakes, uploaded through the page."""
    import docx
    from selenium.webdriver.common.by import By

    draft = tmp_path / "示例局2025年报告.docx"
    draft.write_bytes(filled_template(TEMPLATE.read_bytes()))
    driver = browser(tmp_path, "clerk")
    try:
        upload(driver, base, draft)
        bad = driver.find_elements(By.CSS_SELECTOR, "td.bad")
        assert [(td.get_attribute("data-code"), td.find_element(By.CSS_SELECTOR, ".v").text) for td in bad] == \
            [("RL304", "5")]  # the wrong 表四 总计, showing its own value
        assert bad[0].find_element(By.XPATH, "ancestor::table").get_attribute("data-table") == "t4"
        (mark,) = driver.find_elements(By.CSS_SELECTOR, "mark.error")
        assert mark.text == "26" and "全年新收政府信息公开申请" in mark.find_element(By.XPATH, "..").text
        (contra,) = driver.find_elements(By.CSS_SELECTOR, "td.contra")  # the 表三 cell the sentence contradicts
        assert contra.find_element(By.CSS_SELECTOR, ".v").text == "25"
        codes = [a.text for a in driver.find_elements(By.CSS_SELECTOR, "ol.findings li a.code")]
        assert codes == ["RL401", "RL304"]
        shot = artefacts / "result-desktop.png"
        size = full_screenshot(driver, shot, 1280)
        assert shot.stat().st_size > 20_000 and size[1] > 1500
        driver.find_element(By.CSS_SELECTOR, "a[download$='.docx']").click()
        copy = wait_for_file(driver.downloads, ".reportlint.docx")
        comments = list(docx.Document(str(copy)).comments)
        assert len(comments) == 2 and {c.author for c in comments} == {"reportlint"}
        assert [c.text.split("\n")[-1].split()[0] for c in comments] == ["RL401", "RL304"]
        shutil.copy(copy, artefacts / copy.name)
    finally:
        driver.quit()


def test_result_at_phone_width(base, tmp_path, artefacts):
    from selenium.webdriver.common.by import By

    draft = tmp_path / "draft.docx"
    draft.write_bytes(docx_report(blank_cell=True))
    driver = browser(tmp_path, "phone", width=390)
    try:
        upload(driver, base, draft)
        assert driver.find_elements(By.CSS_SELECTOR, "td.bad")
        page_width = driver.execute_script("return document.documentElement.scrollWidth")
        view_width = driver.execute_script("return document.documentElement.clientWidth")
        assert page_width <= view_width + 1  # only the tables scroll sideways, not the page
        full_screenshot(driver, artefacts / "result-phone.png", 390)
    finally:
        driver.quit()


def test_two_browsers_at_once_each_see_their_own_report(base, tmp_path):
    from selenium.webdriver.common.by import By

    files = {"one": ROOT / "fixtures/RL301-balance/report.txt", "two": ROOT / "fixtures/RL304-t4-total/report.txt"}
    drivers = {name: browser(tmp_path, name) for name in files}
    seen: dict[str, tuple[str, list[str]]] = {}
    errors: list[BaseException] = []

    def go(name: str) -> None:
        try:
            upload(drivers[name], base, files[name])
            codes = [a.text for a in drivers[name].find_elements(By.CSS_SELECTOR, "ol.findings li a.code")]
            seen[name] = (drivers[name].find_element(By.TAG_NAME, "h2").text, codes)
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    try:
        threads = [threading.Thread(target=go, args=(n,)) for n in files]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
    finally:
        for d in drivers.values():
            d.quit()
    assert not errors, errors
    assert seen["one"][0] == "report.txt" and "RL301" in seen["one"][1] and "RL304" not in seen["one"][1]
    assert seen["two"][0] == "report.txt" and "RL304" in seen["two"][1] and "RL301" not in seen["two"][1]


def test_hostile_and_refused_uploads_in_chromium(base, tmp_path):
    import io
    import zipfile

    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"<" + b" " * (80 * 1024 * 1024))
    cases = {
        "hostile.html": (HOSTILE.encode("utf-8"), None),
        "huge.docx": (b"PK\x03\x04" + os.urandom(30 * 1024 * 1024), "文件太大"),
        "setup.docx": (b"MZ\x90\x00" + os.urandom(50_000), "Windows 可执行程序"),
        "bomb.docx": (bomb.getvalue(), "压缩炸弹"),
    }
    driver = browser(tmp_path, "hostile")
    try:
        for name, (data, words) in cases.items():
            path = tmp_path / name
            path.write_bytes(data)
            upload(driver, base, path)
            with pytest.raises(NoAlertPresentException):
                driver.switch_to.alert.text  # noqa: B018  (no script of the report ran)
            text = driver.find_element(By.TAG_NAME, "body").text
            if words is None:
                assert "<script>alert(0)</script>" in text  # shown as text
                assert driver.find_elements(By.CSS_SELECTOR, "mark")  # its XX placeholder, marked
            else:
                assert words in text and "返回" in text
        driver.get(base + "/healthz")
        assert "ok" in driver.find_element(By.TAG_NAME, "body").text
    finally:
        driver.quit()
