"""Acronyms that name a technology, a standard or a measure: things, never who acts.

The tagger types a run of capitals an organisation from its shape, so a review lists "GPU", "HDMI" and
"CDMA" beside the maker, and a markets story "GAAP" and "CPI". How a text uses such a word seldom
shows what it is: "the CPU and GPU", "the HDMI port", "under GAAP rules" are written as "the FBI and
CIA", "the NASA mission", "under EU rules". What does show it is the word itself: each one below is
the name a standards body or a profession gave a part, an interface, a protocol, a format, a measure
or a class of goods (IEEE, ITU and 3GPP, IETF and W3C, JEDEC, USB-IF, the accounting and statistics
boards), and none is also the initials of a body, a party or a place in common use. A closed class,
read whole: a name among them is a term wherever the text does not show it acting ("GPU said").
Left out on purpose, as each is also a body's or a place's: API (the American Petroleum Institute),
PC (police constable, Canada's Progressive Conservatives), AR (Arkansas), CT (Connecticut), ICE (the
US immigration agency), ROI (the Republic of Ireland), PMI (the Project Management Institute).
"""

from __future__ import annotations

TECHNICAL_TERMS = frozenset(
    # parts of a computer and their memory and storage (JEDEC, the chip makers' common names)
    "CPU CPUs GPU GPUs NPU TPU APU SoC RAM DRAM SRAM ROM SSD SSDs HDD HDDs NVMe SATA BIOS UEFI "
    # interfaces, displays and media (USB-IF, the HDMI and VESA forums)
    "USB HDMI DVI VGA LCD LED LEDs OLED AMOLED HDR DVD DVDs "
    # immersive displays (the XR industry's own words: virtual and mixed reality)
    "VR XR "
    # radio and networks (ITU, 3GPP, IEEE, IETF)
    "LTE GSM CDMA UMTS HSPA WCDMA NFC RFID GPS GNSS WLAN VPN VPNs DNS BGP TCP UDP HTTP HTTPS FTP SSH SSL TLS "
    "SMTP IMAP VoIP SMS MMS URL URLs "
    # languages, formats and software's kinds (W3C, ISO)
    "SQL XML HTML CSS JSON PDF JPEG PNG GIF SDK GUI AI LLM LLMs NFT NFTs DLC NPC NPCs HUD RPG RPGs FPS "
    # wireless audio and charging (the Bluetooth SIG's codecs, Sony's and Qualcomm's, the WPC's charging)
    "LDAC aptX LC3 Qi2 "
    # vehicles and energy
    "EV EVs PHEV PHEVs SUV SUVs "
    # accounts and economic measures (FASB, IASB, the statistics offices), and taxes (GST, VAT)
    "GAAP IFRS EBITDA EPS GDP CPI PPI ETF ETFs IPO IPOs REIT REITs APR GST VAT "
    # medicine and biology
    "DNA RNA MRI HIV ICU PTSD ADHD BMI IVF "
    # diseases by the names the WHO gave them, written in capitals or not: an illness, never who acts
    "COVID Covid COVID-19 Covid-19 SARS-CoV-2 Mpox H5N1 Ebola Zika MERS SARS AIDS Nipah Monkeypox Chikungunya "
    "Dengue Omicron".split()
)
"""Acronyms of terms, as written (a plural too), compared with a mention's surface as it stands: not
"Led" (a given name, a band's word) for "LED"."""


def technical_term(surface: str) -> bool:
    """ "GPU", "HDMI", "GAAP": an acronym of a part, a standard or a measure (``TECHNICAL_TERMS``)."""
    return surface in TECHNICAL_TERMS
