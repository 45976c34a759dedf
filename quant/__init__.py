"""quant: standalone statistics for mixed-methods studies (DataFrame in, result out)."""
