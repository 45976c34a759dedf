"""qualcode.services.demo.build_demo"""
