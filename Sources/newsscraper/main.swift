print("newsscraper")
